using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NnLesson.Cli.Classify;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;
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
            Description = "Photos (JPEG, PNG, WebP, BMP, GIF) or folders of photos (not searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        // A greedy PATH... list would swallow a mistyped option ('--jsn') as a file name; say what it is instead.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                if (token.StartsWith('-') && token.Length > 1 && !File.Exists(token) && !Directory.Exists(token))
                {
                    result.AddError($"Unknown option '{token}' for classify (options: --json, --top K, --model PATH, --labels PATH).");
                    return;
                }
            }
        });
        var json = new Option<bool>("--json") { Description = "Print only JSON on stdout: [{image, backend, model, top: [{index, label, probability}]}]." };
        var top = new Option<int>("--top", "-k") { Description = "How many of the most probable classes to show per photo.", DefaultValueFactory = _ => 5 };
        OptionRules.Range(top, 1, ImageNetLabels.ClassCount, "--top");
        var model = new Option<string?>("--model")
        {
            Description = $"An ONNX ImageNet classifier. Default: ${ModelResolver.EnvironmentVariable}, else models/, else ../shared/models, else the colour fallback.",
        };
        var labels = new Option<string?>("--labels") { Description = "Class names, one per line in output order. Default: imagenet_classes.txt beside the model." };
        var head = new Option<string?>("--head") { Description = "A head.json from 'nnlesson teach': put the photos into your own classes (ResNet-18 + that head)." };

        var command = new Command("classify", "Classify photos with a pretrained CNN (top-k classes with probabilities); --json for scripts. " +
            "Exit codes: 0 every photo classified, 1 a photo or the model failed (the rest are still classified), 2 invalid usage.");
        command.Arguments.Add(paths);
        var cnn = new Option<string?>("--cnn") { Description = "A cnn.json from 'nnlesson train-cnn': the CNN trained from scratch (the image made grey, 28×28)." };
        foreach (var option in new Option[] { json, top, model, labels, head, cnn })
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
            runtime.Error.WriteLine("nnlesson: --cnn runs the network of cnn.json with its own class names; it cannot be combined with --model, --labels or --head.");
            return ExitCodes.InvalidUsage;
        }
        if (headPath is not null && (modelPath is not null || labelsPath is not null))
        {
            runtime.Error.WriteLine("nnlesson: --head uses ResNet-18 and the head's own class names; it cannot be combined with --model or --labels.");
            return ExitCodes.InvalidUsage;
        }
        var expanded = ImagePaths.Expand(arguments);
        // In --json mode stdout carries only the JSON, so everything said to a person goes to stderr.
        var say = asJson ? runtime.Error : runtime.Output;
        if (expanded.Images.Count == 0)
        {
            foreach (var problem in expanded.Problems)
            {
                runtime.Error.WriteLine($"nnlesson: {problem}");
            }
            runtime.Error.WriteLine("nnlesson: no photos to classify.");
            if (asJson)
            {
                ClassifyJson.Write(runtime.Output, []);
            }
            return ExitCodes.RuntimeFailure;
        }

        var location = headPath is null && cnnPath is null ? resolve(modelPath, labelsPath) : null;
        using IImageClassifier classifier = cnnPath is not null ? CnnClassifier.Open(cnnPath)
            : headPath is null ? ModelResolver.CreateClassifier(location) : HeadClassifier.Open(headPath);
        say.WriteLine(classifier switch
        {
            HeadClassifier headClassifier => $"Backend: {classifier.Backend}, ResNet-18 + head {headClassifier.HeadPath} (classes: {string.Join(", ", headClassifier.Labels)})",
            CnnClassifier cnnClassifier => $"Backend: {classifier.Backend}, {cnnClassifier.ModelPath} (classes: {string.Join(", ", cnnClassifier.Labels)}); the image is made grey and 28×28",
            _ => Banner(location, classifier),
        });

        var watch = Stopwatch.StartNew();
        var showBar = runtime.Interactive && !asJson && expanded.Images.Count >= ProgressBarFrom;
        var (classified, skipped) = showBar
            ? runtime.Console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("Classifying", maxValue: expanded.Images.Count);
                return ClassifyRun.Run(expanded.Images, classifier, top, done => task.Value = done, Files.Interruption.Token);
            })
            : ClassifyRun.Run(expanded.Images, classifier, top, null, Files.Interruption.Token);
        watch.Stop();

        if (asJson)
        {
            ClassifyJson.Write(runtime.Output, classified);
        }
        else if (classified.Count > 0)
        {
            runtime.Console.Write(ClassifyTable.Build(classified, top));
            // Wall time including decoding and the first run's warm-up; per-image speed is measured in bench/.
            runtime.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{classified.Count} of {expanded.Images.Count} photo(s) classified in {watch.Elapsed.TotalSeconds:0.00} s."));
        }

        foreach (var problem in expanded.Problems)
        {
            runtime.Error.WriteLine($"nnlesson: {problem}");
        }
        foreach (var skip in skipped)
        {
            runtime.Error.WriteLine($"nnlesson: skipped: {NnLessonApp.OneLine(skip.Reason)}");
        }
        return expanded.Problems.Count == 0 && skipped.Count == 0 ? ExitCodes.Success : ExitCodes.RuntimeFailure;
    }

    /// <summary>Which backend and model run, and where the model came from — the first thing a lecturer needs to know.</summary>
    private static string Banner(ModelLocation? location, IImageClassifier classifier) => location is null
        ? $"Backend: {classifier.Backend} ({classifier.ModelName}) — no model found (--model, ${ModelResolver.EnvironmentVariable}, models/, ../shared/models), " +
          "so the photo's dominant colour is named instead; this is not a neural network. Get one: nnlesson model download resnet18"
        : $"Backend: {classifier.Backend}, model {classifier.ModelName} (from {location.Source}: {location.ModelPath})";
}
