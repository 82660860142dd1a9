using System.Diagnostics;
using System.Globalization;
using NnLesson.Core;
using NnLesson.Tuning;
using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide6;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 6: a pretrained CNN classifies a photo.
///   photo [H, W, 3] → resize 256 → centre crop [224, 224, 3] → normalise → x: [1, 3, 224, 224]
///   → CNN (ONNX Runtime) → logits z: [1, 1000] → p = softmax(z) → top-k.
/// Without a model the dominant-colour fallback runs, and the slide says so and how to get a model; with
/// <c>--head</c> the frozen ResNet-18 and the user's own head (from <c>nnlesson teach</c>) answer.
/// A recipe: <see cref="Compute"/> is the classification, <see cref="Report"/> the console, <see cref="Figures"/> the picture.
/// </summary>
public sealed class Slide6CnnInference : ISlideRecipe<Slide6Options, Slide6Result, Slide6Metrics, Slide6Parameters>
{
    public const string Id = "slide6";

    /// <summary>The largest --top the figure has room for.</summary>
    public const int MaxTop = 20;

    /// <summary>The default photo, relative to the repository root (CC0 cat, see data/README.md).</summary>
    public const string DefaultImage = RepoLocator.SamplePhoto;

    /// <summary>The file name depends on the model found: slide6_&lt;model file name without .onnx&gt;.png, or slide6_fallback.png.</summary>
    public static readonly IReadOnlyList<string> FigureFiles = ["slide6_<model>.png | slide6_fallback.png"];

    /// <summary>The slide's recipe: the model found as documented (<see cref="ModelResolver.Resolve(string?, string?)"/>).</summary>
    public static readonly Slide6CnnInference Recipe = new(ModelResolver.Resolve);

    /// <summary>How the model is found from --model and --labels (null: none found, the fallback runs).</summary>
    private readonly Func<string?, string?, ModelLocation?> _resolveModel;

    private Slide6CnnInference(Func<string?, string?, ModelLocation?> resolveModel) => _resolveModel = resolveModel;

    /// <summary>The recipe with the model already resolved: <paramref name="location"/> null = none was found.</summary>
    public static Slide6CnnInference WithModel(ModelLocation? location) => new((_, _) => location);

    string ISlideRecipe<Slide6Options, Slide6Result, Slide6Metrics, Slide6Parameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<Slide6Options, Slide6Result, Slide6Metrics, Slide6Parameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context, Slide6Options options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>Computed now, shown when the result is called (<c>all</c> computes ahead).</summary>
    public static ComputedSlide Computed(SlideContext context, Slide6Options options) => RecipeRun.Computed(Recipe, context, options, SlideProgress.None);

    /// <summary>
    /// The slide with the model already resolved: <paramref name="location"/> null means none was found
    /// (or <c>options.Fallback</c> asked for none), so the colour fallback runs and says so.
    /// </summary>
    public static SlideOutcome Run(SlideContext context, Slide6Options options, ModelLocation? location) =>
        RecipeRun.Run(WithModel(location), context, options);

    /// <summary>The photo through the classifier found (a CNN, ResNet-18 + head, or the colour fallback); no randomness.</summary>
    public Slide6Result Compute(Slide6Options options, int seed, ISlideProgress progress)
    {
        if (options.Top is < 1 or > MaxTop)
        {
            throw new LessonException(
                $"--top має бути від 1 до {MaxTop} (задано {options.Top}).",
                $"--top must be between 1 and {MaxTop} (got {options.Top}).");
        }
        var imagePath = Path.GetFullPath(RepoLocator.PhotoOrSample(options.ImagePath));
        var location = options.Fallback || options.HeadPath is not null ? null : _resolveModel(options.ModelPath, options.LabelsPath);
        var photo = ImageLoader.Load(imagePath);
        var window = ImageNetPreprocessing.CropWindowInPhoto(photo.Width, photo.Height);

        // --head: the user's own classes from `nnlesson teach` on the ResNet-18 backbone.
        using var classifier = options.HeadPath is not null ? HeadClassifier.Open(options.HeadPath) : ModelResolver.CreateClassifier(location);
        switch (classifier)
        {
            case OnnxImageClassifier onnx:
            {
                // Timed with no figure drawn meanwhile (QuietTiming: `all` draws earlier slides while this one computes).
                var (preprocessMs, result, networkMs) = QuietTiming.Measure(() =>
                {
                    var clock = Stopwatch.StartNew();
                    var x = ImageNetPreprocessing.Run(photo);           // x: [1, 3, 224, 224]
                    var preprocessed = clock.Elapsed.TotalMilliseconds;
                    clock.Restart();
                    var top = onnx.Classify(x, options.Top);            // logits [1, 1000] → softmax → top-k
                    return (preprocessed, top, clock.Elapsed.TotalMilliseconds);
                });
                var network = new Slide6Network(location!, onnx.ModelName, onnx.ModelPath, onnx.LabelsPath, onnx.InputName, onnx.OutputName,
                    preprocessMs, networkMs);
                return new Slide6Result(options, imagePath, photo, network, result, onnx.Labels.Count, window);
            }
            case HeadClassifier head:
                return new Slide6Result(options, imagePath, photo, new Slide6Head(head.HeadPath, head.Labels),
                    head.Classify(photo, Math.Min(options.Top, head.Labels.Count)), head.Labels.Count, window);
            default:
                var fallback = new Slide6Fallback(options.Fallback, ColorFallbackClassifier.MeanColor(photo));
                return new Slide6Result(options, imagePath, photo, fallback, classifier.Classify(photo, options.Top), ColorFallbackClassifier.Classes.Count, window);
        }
    }

    public void Report(Slide6Result result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(lang.Text("Слайд 6: попередньо навчена CNN класифікує фото", "Slide 6: a pretrained CNN classifies a photo"));
        reporter.Line(lang.Text("Фото: ", "Photo: ") + $"{result.ImagePath} ({result.Photo.Shape}, H×W×C)");
        ReportClassifier(result.Classifier, reporter, lang);
        var top = result.Classification.Top;
        reporter.Table(lang.Text($"Топ-{top.Count}", $"Top {top.Count}"),
            [lang.Text("місце", "rank"), lang.Text("індекс", "class"), lang.Text("клас", "label"), lang.Text("ймовірність", "probability")],
            top.Select((p, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(CultureInfo.InvariantCulture), p.Index.ToString(CultureInfo.InvariantCulture),
                 ConsoleLabel(result, p, lang), NumberText.Percent(p.Probability, lang, 2)]).ToArray());
    }

    public IReadOnlyList<FigureJob> Figures(Slide6Result result)
    {
        var kind = result.Classifier switch
        {
            Slide6Fallback => ClassifierKind.Fallback,
            Slide6Head => ClassifierKind.Head,
            _ => ClassifierKind.Network,
        };
        var imageNet = kind != ClassifierKind.Fallback && result.ClassCount == ImageNetLabels.ClassCount;
        var bars = result.Classification.Top.Select(p => new ClassBar(p.Index, BarName(kind, imageNet, p), p.Label, p.Probability,
            kind == ClassifierKind.Fallback && p.Index < ColorFallbackClassifier.Classes.Count ? ColourOf(ColorFallbackClassifier.Classes[p.Index]) : null)).ToList();
        var mean = result.Classifier is Slide6Fallback f ? new RgbColor(Byte(f.MeanColour.R), Byte(f.MeanColour.G), Byte(f.MeanColour.B)) : (RgbColor?)null;
        var w = result.NetworkWindow;
        var data = new CnnInferenceData(Path.GetFileName(result.ImagePath), result.Photo, kind, result.Classification.Model, result.ClassCount, imageNet, bars,
            result.TopSum, kind == ClassifierKind.Fallback ? null : new PhotoWindow(w.X, w.Y, w.Width, w.Height), mean);
        return [FigureJob.Of(CnnInferenceFigure.FileName(kind, data.Model), data, CnnInferenceFigure.Save)];
    }

    public Slide6Metrics Metrics(Slide6Result result) => new(
        result.Classification.Backend, result.Classification.Model, (result.Classifier as Slide6Network)?.Location.Source, result.ImagePath,
        TopClass.Of(result.Classification.Top));

    public Slide6Parameters Parameters(Slide6Result result)
    {
        var o = result.Options;
        return new(result.ImagePath, o.ModelPath, o.LabelsPath, o.Top, o.Fallback, o.HeadPath);
    }

    private static void ReportClassifier(Slide6Classifier classifier, ISlideReporter report, Lang lang)
    {
        switch (classifier)
        {
            case Slide6Network n:
                report.Line(lang.Text($"Модель: {n.ModelName} (знайдено в {n.Location.Source}: {n.ModelPath})",
                    $"Model: {n.ModelName} (found via {n.Location.Source}: {n.ModelPath})"));
                report.Line(lang.Text("Назви класів: ", "Labels: ") + n.LabelsPath);
                report.Line(lang.Text(
                    $"Рушій: ONNX Runtime (CPU); вхід '{n.InputName}' [1, 3, 224, 224] → вихід '{n.OutputName}' [1, 1000] логіти → softmax",
                    $"Backend: ONNX Runtime (CPU); input '{n.InputName}' [1, 3, 224, 224] → output '{n.OutputName}' [1, 1000] logits → softmax"));
                report.Line(lang.Text(
                    $"Час: підготовка {NumberText.Fixed(n.PreprocessMilliseconds, 0, lang)} мс, мережа + softmax {NumberText.Fixed(n.NetworkMilliseconds, 0, lang)} мс",
                    $"Time: preprocessing {NumberText.Fixed(n.PreprocessMilliseconds, 0, lang)} ms, network + softmax {NumberText.Fixed(n.NetworkMilliseconds, 0, lang)} ms"));
                break;
            case Slide6Head h:
                report.Line(lang.Text($"Модель: ResNet-18 (основа) + голова з {h.HeadPath} (класи: {string.Join(", ", h.Labels)})",
                    $"Model: ResNet-18 backbone + the head from {h.HeadPath} (classes: {string.Join(", ", h.Labels)})"));
                break;
            case Slide6Fallback f:
                if (f.Forced)
                {
                    report.Warning(lang.Text("--fallback: замість моделі працює класифікатор за середнім кольором (це не нейронна мережа).",
                        "--fallback: using the dominant-colour classifier (not a neural network) instead of a model."));
                }
                else
                {
                    report.Warning(lang.Text(
                        "Модель ONNX не знайдено (шукали в --model, NNLESSON_MODEL, models/, ../shared/models): " +
                        "працює запасний класифікатор за середнім кольором, це не нейронна мережа.",
                        "No ONNX model found (looked at --model, NNLESSON_MODEL, models/, ../shared/models): " +
                        "using the dominant-colour fallback, which is not a neural network."));
                    report.Line(lang.Text("Справжня CNN: `nnlesson model download resnet18`   (або --model ШЛЯХ.onnx)",
                        "Get a real CNN: `nnlesson model download resnet18`   (or pass --model PATH.onnx)"));
                }
                var (r, g, b) = f.MeanColour;
                var rgb = NumberText.List([NumberText.Fixed(r, 0, lang), NumberText.Fixed(g, 0, lang), NumberText.Fixed(b, 0, lang)], lang);
                report.Line(lang.Text($"Середній колір RGB ({rgb}) → найближчі назви кольорів у CIELAB → softmax",
                    $"Mean colour RGB ({rgb}) → nearest colour names in CIELAB → softmax"));
                break;
        }
    }

    /// <summary>An ImageNet class in Ukrainian with the English name after it (uk run), a colour in the run's language, else the label.</summary>
    private static string ConsoleLabel(Slide6Result result, Prediction p, Lang lang) => result.Classifier is Slide6Fallback
        ? CnnInferenceTexts.ColourName(p.Label, lang)
        : ClassLabels.Console(p.Index, p.Label, result.ClassCount, lang);

    private static Localized BarName(ClassifierKind kind, bool imageNet, Prediction p) => kind switch
    {
        ClassifierKind.Fallback => new(CnnInferenceTexts.ColourName(p.Label, Lang.Uk), p.Label),
        _ when imageNet => new(UkrainianClassNames.For(p.Index) ?? p.Label, p.Label),
        _ => new(p.Label, p.Label),
    };

    private static RgbColor ColourOf(ColorClass c) => new(c.R, c.G, c.B);

    private static byte Byte(double value) => (byte)Math.Round(value);
}
