using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NnLesson.Cli.Classify;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;
using NnLesson.Figures;
using NnLesson.Figures.Text;
using Spectre.Console;

namespace NnLesson.Cli.Commands;

/// <summary>
/// `nnlesson classify PATH... [--json] [--top K] [--model PATH] [--labels PATH]`: names what is in photos with a
/// pretrained CNN (or the dominant-colour fallback when no model is found). PATHs are image files or folders
/// (the images directly inside, sorted by name; not recursive). The model is resolved once and one session
/// serves every photo. A photo that cannot be read is reported on stderr and skipped; the exit code is then 1.
/// </summary>
internal static class ClassifyCommand
{
    /// <summary>Above this many photos a terminal shows a progress bar.</summary>
    private const int ProgressBarFrom = 3;

    public static Command Create(CliRuntime runtime) => Create(runtime, (model, labels) => ModelResolver.Resolve(model, labels));

    /// <summary>
    /// <paramref name="resolve"/> maps (--model, --labels) to a model location, null for the fallback;
    /// tests pass their own to reach the fallback even where ../shared/models holds a model.
    /// </summary>
    internal static Command Create(CliRuntime runtime, Func<string?, string?, ModelLocation?> resolve)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = runtime.T("Фото (JPEG, PNG, WebP, BMP, GIF) або папки з фото (без підпапок).", "Photos (JPEG, PNG, WebP, BMP, GIF) or folders of photos (not searched recursively)."),
            Arity = ArgumentArity.OneOrMore,
        };
        // A greedy PATH... list would swallow a mistyped option ('--jsn') as a file name; say what it is instead.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                if (token.StartsWith('-') && token.Length > 1 && !File.Exists(token) && !Directory.Exists(token))
                {
                    result.AddError(runtime.T($"невідомий параметр «{token}» для classify (параметри: --json, --top K, --model ШЛЯХ, --labels ШЛЯХ, --head ШЛЯХ, --cnn ШЛЯХ, --lang uk|en).",
                        $"Unknown option '{token}' for classify (options: --json, --top K, --model PATH, --labels PATH, --head PATH, --cnn PATH, --lang uk|en)."));
                    return;
                }
            }
        });
        var json = new Option<bool>("--json") { Description = runtime.T("Друкувати в stdout лише JSON: [{image, backend, model, top: [{index, label, probability}]}].", "Print only JSON on stdout: [{image, backend, model, top: [{index, label, probability}]}].") };
        var top = new Option<int>("--top", "-k") { Description = runtime.T("Скільки найімовірніших класів показати для кожного фото.", "How many of the most probable classes to show per photo."), DefaultValueFactory = _ => 5 };
        OptionRules.Range(top, 1, ImageNetLabels.ClassCount, "--top", runtime.Lang);
        var model = new Option<string?>("--model")
        {
            Description = runtime.T($"Класифікатор ImageNet у форматі ONNX. Типово: ${ModelResolver.EnvironmentVariable}, інакше models/, інакше ../shared/models, інакше запасний класифікатор за кольором.",
                $"An ONNX ImageNet classifier. Default: ${ModelResolver.EnvironmentVariable}, else models/, else ../shared/models, else the colour fallback."),
        };
        var labels = new Option<string?>("--labels") { Description = runtime.T("Назви класів, по одній у рядку в порядку виходів. Типово: imagenet_classes.txt поруч із моделлю.", "Class names, one per line in output order. Default: imagenet_classes.txt beside the model.") };
        var head = new Option<string?>("--head") { Description = runtime.T("head.json від «nnlesson teach»: розкласти фото за власними класами (ResNet-18 + ця голова).", "A head.json from 'nnlesson teach': put the photos into your own classes (ResNet-18 + that head).") };
        // Read before parsing (CliLanguage), declared here so the parser accepts it and --help lists it.
        var lang = new Option<string>("--lang")
        {
            Description = runtime.T("Мова виводу: uk (українська, з українськими назвами класів ImageNet) або en; типово — NNLESSON_LANG, інакше uk. JSON не змінюється.",
                "Output language: uk (Ukrainian, with Ukrainian ImageNet class names) or en; default NNLESSON_LANG, else uk. The JSON does not change."),
            DefaultValueFactory = _ => runtime.DefaultLangCode,
        };
        lang.AcceptOnlyFromAmong("uk", "en");

        var command = new Command("classify", runtime.T("Класифікувати фото попередньо навченою CNN (топ-k класів і їхні ймовірності); --json для скриптів. " +
            "Коди виходу: 0 — усі фото класифіковано, 1 — збій фото чи моделі (решту все одно класифіковано), 2 — неправильний виклик.",
            "Classify photos with a pretrained CNN (top-k classes with probabilities); --json for scripts. " +
            "Exit codes: 0 every photo classified, 1 a photo or the model failed (the rest are still classified), 2 invalid usage."));
        command.Arguments.Add(paths);
        var cnn = new Option<string?>("--cnn") { Description = runtime.T("cnn.json від 'nnlesson train-cnn': CNN, навчена з нуля (зображення стає сірим, 28×28).",
            "A cnn.json from 'nnlesson train-cnn': the CNN trained from scratch (the image made grey, 28×28).") };
        foreach (var option in new Option[] { json, top, model, labels, head, cnn, lang })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => Run(runtime, resolve, parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(top),
            parse.GetValue(model), parse.GetValue(labels), parse.GetValue(head), parse.GetValue(cnn)));
        return command;
    }

    private static int Run(CliRuntime runtime, Func<string?, string?, ModelLocation?> resolve,
        string[] arguments, bool asJson, int top, string? modelPath, string? labelsPath, string? headPath = null, string? cnnPath = null)
    {
        if (cnnPath is not null && (modelPath is not null || labelsPath is not null || headPath is not null))
        {
            runtime.Error.WriteLine(runtime.T("nnlesson: --cnn запускає мережу з cnn.json з її власними назвами класів; його не можна поєднувати з --model, --labels чи --head.",
                "nnlesson: --cnn runs the network of cnn.json with its own class names; it cannot be combined with --model, --labels or --head."));
            return ExitCodes.InvalidUsage;
        }
        if (headPath is not null && (modelPath is not null || labelsPath is not null))
        {
            runtime.Error.WriteLine(runtime.T("nnlesson: --head використовує ResNet-18 і власні назви класів голови; його не можна поєднувати з --model чи --labels.",
                "nnlesson: --head uses ResNet-18 and the head's own class names; it cannot be combined with --model or --labels."));
            return ExitCodes.InvalidUsage;
        }
        var expanded = ImagePaths.Expand(arguments, runtime.Lang);
        // In --json mode stdout carries only the JSON, so everything said to a person goes to stderr.
        var say = asJson ? runtime.Error : runtime.Output;
        if (expanded.Images.Count == 0)
        {
            foreach (var problem in expanded.Problems)
            {
                runtime.Error.WriteLine($"nnlesson: {NnLessonApp.OneLine(problem)}");
            }
            runtime.Error.WriteLine(runtime.T("nnlesson: немає фото для класифікації.", "nnlesson: no photos to classify."));
            if (asJson)
            {
                ClassifyJson.Write(runtime.Output, []);
            }
            return ExitCodes.RuntimeFailure;
        }

        var location = headPath is null && cnnPath is null ? resolve(modelPath, labelsPath) : null;
        using IImageClassifier classifier = cnnPath is not null ? CnnClassifier.Open(cnnPath)
            : headPath is null ? ModelResolver.CreateClassifier(location) : HeadClassifier.Open(headPath);
        say.WriteLine(Files.ConsoleText.Safe(classifier switch
        {
            HeadClassifier headClassifier => runtime.T($"Рушій: {classifier.Backend}, ResNet-18 + голова {headClassifier.HeadPath} (класи: {string.Join(", ", headClassifier.Labels)})",
                $"Backend: {classifier.Backend}, ResNet-18 + head {headClassifier.HeadPath} (classes: {string.Join(", ", headClassifier.Labels)})"),
            CnnClassifier cnnClassifier => runtime.T($"Рушій: {classifier.Backend}, {cnnClassifier.ModelPath} (класи: {string.Join(", ", cnnClassifier.Labels)}); зображення стає сірим, 28×28",
                $"Backend: {classifier.Backend}, {cnnClassifier.ModelPath} (classes: {string.Join(", ", cnnClassifier.Labels)}); the image is made grey and 28×28"),
            _ => Banner(location, classifier, runtime.Lang),
        }));

        var watch = Stopwatch.StartNew();
        var showBar = runtime.Interactive && !asJson && expanded.Images.Count >= ProgressBarFrom;
        var (classified, skipped) = showBar
            ? runtime.Console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask(runtime.T("Класифікація", "Classifying"), maxValue: expanded.Images.Count);
                return ClassifyRun.Run(expanded.Images, classifier, top, done => task.Value = done, Files.Interruption.Token, runtime.Lang);
            })
            : ClassifyRun.Run(expanded.Images, classifier, top, null, Files.Interruption.Token, runtime.Lang);
        watch.Stop();

        if (asJson)
        {
            ClassifyJson.Write(runtime.Output, classified);
        }
        else if (classified.Count > 0)
        {
            // ImageNet's Ukrainian names only for an ImageNet model (not the colour fallback, not a head's own classes).
            var classCount = location is not null && headPath is null ? ImageNetLabels.ClassCount : 0;
            runtime.Console.Write(ClassifyTable.Build(classified, top, runtime.Lang, classCount));
            // Wall time including decoding and the first run's warm-up; per-image speed is measured in bench/.
            var seconds = NumberText.Fixed(watch.Elapsed.TotalSeconds, 2, runtime.Lang);
            runtime.Output.WriteLine(runtime.T(
                $"Класифіковано {classified.Count} з {expanded.Images.Count} {UkrainianPlural.Form(expanded.Images.Count, "фото", "фото", "фото")} за {seconds} с.",
                string.Create(CultureInfo.InvariantCulture, $"{classified.Count} of {expanded.Images.Count} photo(s) classified in {seconds} s.")));
        }

        foreach (var problem in expanded.Problems)
        {
            runtime.Error.WriteLine($"nnlesson: {NnLessonApp.OneLine(problem)}");
        }
        foreach (var skip in skipped)
        {
            runtime.Error.WriteLine(runtime.T($"nnlesson: пропущено: {NnLessonApp.OneLine(skip.Reason)}", $"nnlesson: skipped: {NnLessonApp.OneLine(skip.Reason)}"));
        }
        return expanded.Problems.Count == 0 && skipped.Count == 0 ? ExitCodes.Success : ExitCodes.RuntimeFailure;
    }

    /// <summary>Which backend and model run, and where the model came from — the first thing a lecturer needs to know.</summary>
    private static string Banner(ModelLocation? location, IImageClassifier classifier, Lang lang) => location is null
        ? lang.Text($"Рушій: {classifier.Backend} ({classifier.ModelName}) — модель не знайдено (--model, ${ModelResolver.EnvironmentVariable}, models/, ../shared/models), " +
            "тож названо середній колір фото; це не нейронна мережа. Як отримати модель: nnlesson model download resnet18",
            $"Backend: {classifier.Backend} ({classifier.ModelName}) — no model found (--model, ${ModelResolver.EnvironmentVariable}, models/, ../shared/models), " +
            "so the photo's mean colour is named instead; this is not a neural network. Get one: nnlesson model download resnet18")
        : lang.Text($"Рушій: {classifier.Backend}, модель {classifier.ModelName} (з {location.Source}: {location.ModelPath})",
            $"Backend: {classifier.Backend}, model {classifier.ModelName} (from {location.Source}: {location.ModelPath})");
}
