using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Slide6;
using NnLesson.Figures.Text;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Options of slide 6. Null paths mean "resolve as documented": the photo defaults to data/sample.jpg,
/// the model to the search order of <see cref="ModelResolver"/>. <c>Fallback</c> runs the colour
/// classifier even when a model exists (to show the class what a classifier without a network does).
/// </summary>
public sealed record Slide6Options(string? ImagePath, string? ModelPath, string? LabelsPath, int Top, bool Fallback = false, string? HeadPath = null)
{
    public static readonly Slide6Options Default = new(null, null, null, 5);
}

/// <summary>
/// Slide 6: a pretrained CNN classifies a photo. photo → resize 256 → centre crop 224 → normalise →
/// CNN (ONNX Runtime) → 1000 logits → softmax → top-k. Without a model the dominant-colour fallback
/// runs, and the slide says so and how to get a model.
/// </summary>
public static class Slide6CnnInference
{
    public const string Id = "slide6";

    /// <summary>The largest --top the figure has room for.</summary>
    public const int MaxTop = 20;

    /// <summary>The default photo, relative to the repository root (CC0 cat, see data/README.md).</summary>
    public const string DefaultImage = RepoLocator.SamplePhoto;

    /// <summary>The file name depends on the model found: slide6_&lt;model file name without .onnx&gt;.png, or slide6_fallback.png.</summary>
    public static readonly IReadOnlyList<string> FigureFiles = ["slide6_<model>.png | slide6_fallback.png"];

    public static SlideOutcome Run(SlideContext context, Slide6Options options)
    {
        CheckTop(options);
        var imagePath = Path.GetFullPath(RepoLocator.PhotoOrSample(options.ImagePath));
        var location = options.Fallback || options.HeadPath is not null ? null : ModelResolver.Resolve(options.ModelPath, options.LabelsPath);
        return Run(context, options with { ImagePath = imagePath }, location);
    }

    /// <summary>
    /// The slide with the model already resolved: <paramref name="location"/> null means none was found
    /// (or <c>options.Fallback</c> asked for none), so the colour fallback runs and says so.
    /// </summary>
    public static SlideOutcome Run(SlideContext context, Slide6Options options, ModelLocation? location)
    {
        CheckTop(options);
        var report = context.Reporter;
        var lang = context.Lang;
        report.Heading(lang.Text("Слайд 6: попередньо навчена CNN класифікує фото", "Slide 6: a pretrained CNN classifies a photo"));

        var imagePath = Path.GetFullPath(RepoLocator.PhotoOrSample(options.ImagePath));
        var photo = ImageLoader.Load(imagePath);
        report.Line(lang.Text("Фото: ", "Photo: ") + $"{imagePath} ({photo.Shape}, H×W×C)");

        // --head: the user's own classes from `nnlesson teach` on the ResNet-18 backbone.
        using var classifier = options.HeadPath is not null ? HeadClassifier.Open(options.HeadPath) : ModelResolver.CreateClassifier(location);
        var result = Classify(classifier, photo, options.Top, location, options.Fallback, report, lang);
        var classCount = classifier is OnnxImageClassifier onnx ? onnx.Labels.Count
            : classifier is HeadClassifier headClassifier ? headClassifier.Labels.Count : ColorFallbackClassifier.Classes.Count;

        report.Table(lang.Text($"Топ-{result.Top.Count}", $"Top {result.Top.Count}"),
            [lang.Text("місце", "rank"), lang.Text("клас", "class"), lang.Text("назва", "label"), lang.Text("імовірність", "probability")],
            result.Top.Select((p, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(CultureInfo.InvariantCulture), p.Index.ToString(CultureInfo.InvariantCulture),
                 ClassLabels.Console(p.Index, p.Label, classCount, lang), NumberText.Percent(p.Probability, lang, 2)]).ToArray());

        var figure = CnnInferenceFigure.Save(photo, Path.GetFileName(imagePath), result, classCount, context.Lang, context.Size,
            context.OutputPath(CnnInferenceFigure.FileName(result)));

        var metrics = new JsonObject
        {
            ["backend"] = result.Backend,
            ["model"] = result.Model,
            ["model_source"] = location?.Source,
            ["image"] = imagePath,
            ["top"] = new JsonArray(result.Top.Select(p => (JsonNode)new JsonObject
            {
                ["index"] = p.Index,
                ["label"] = p.Label,
                ["probability"] = p.Probability,
            }).ToArray()),
        };
        var parameters = new JsonObject
        {
            ["image"] = options.ImagePath,
            ["model"] = options.ModelPath,
            ["labels"] = options.LabelsPath,
            ["top"] = options.Top,
            ["fallback"] = options.Fallback,
            ["head"] = options.HeadPath,
        };
        return new SlideOutcome(Id, [figure], metrics, parameters);
    }

    private static void CheckTop(Slide6Options options)
    {
        if (options.Top is < 1 or > MaxTop)
        {
            throw new LessonException($"--top must be between 1 and {MaxTop} (got {options.Top}).");
        }
    }

    private static ClassificationResult Classify(IImageClassifier classifier, RgbImage photo, int top, ModelLocation? location, bool forcedFallback,
        Reporting.ISlideReporter report, Lang lang)
    {
        if (classifier is OnnxImageClassifier onnx)
        {
            report.Line(lang.Text($"Модель: {onnx.ModelName} (знайдено через {location!.Source}: {onnx.ModelPath})",
                $"Model: {onnx.ModelName} (found via {location!.Source}: {onnx.ModelPath})"));
            report.Line(lang.Text("Назви класів: ", "Labels: ") + onnx.LabelsPath);
            var clock = Stopwatch.StartNew();
            var input = ImageNetPreprocessing.Run(photo);
            var preprocessMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var result = onnx.Classify(input, top);
            var inferenceMs = clock.Elapsed.TotalMilliseconds;
            report.Line(lang.Text(
                $"Рушій: ONNX Runtime (CPU); вхід '{onnx.InputName}' [1, 3, 224, 224] → вихід '{onnx.OutputName}' [1, 1000] логіти → softmax",
                $"Backend: ONNX Runtime (CPU); input '{onnx.InputName}' [1, 3, 224, 224] → output '{onnx.OutputName}' [1, 1000] logits → softmax"));
            report.Line(lang.Text(
                $"Час: підготовка {NumberText.Fixed(preprocessMs, 0, lang)} мс, мережа + softmax {NumberText.Fixed(inferenceMs, 0, lang)} мс",
                $"Time: preprocessing {NumberText.Fixed(preprocessMs, 0, lang)} ms, network + softmax {NumberText.Fixed(inferenceMs, 0, lang)} ms"));
            return result;
        }
        if (classifier is HeadClassifier head)
        {
            report.Line(lang.Text($"Модель: ResNet-18 (основа) + голова з {head.HeadPath} (класи: {string.Join(", ", head.Labels)})",
                $"Model: ResNet-18 backbone + the head from {head.HeadPath} (classes: {string.Join(", ", head.Labels)})"));
            return head.Classify(photo, Math.Min(top, head.Labels.Count));
        }
        if (forcedFallback)
        {
            report.Warning(lang.Text("--fallback: замість моделі працює класифікатор за домінантним кольором (це не нейронна мережа).",
                "--fallback: using the dominant-colour classifier (not a neural network) instead of a model."));
        }
        else
        {
            report.Warning(lang.Text(
                "Модель ONNX не знайдено (шукали в --model, NNLESSON_MODEL, models/, ../shared/models): " +
                "працює запасний класифікатор за домінантним кольором, це не нейронна мережа.",
                "No ONNX model found (looked at --model, NNLESSON_MODEL, models/, ../shared/models): " +
                "using the dominant-colour fallback, which is not a neural network."));
            report.Line(lang.Text("Справжня CNN: `nnlesson model download resnet18`   (або --model ШЛЯХ.onnx)",
                "Get a real CNN: `nnlesson model download resnet18`   (or pass --model PATH.onnx)"));
        }
        var mean = ColorFallbackClassifier.MeanColor(photo);
        var rgb = NumberText.List([NumberText.Fixed(mean.R, 0, lang), NumberText.Fixed(mean.G, 0, lang), NumberText.Fixed(mean.B, 0, lang)], lang);
        report.Line(lang.Text($"Середній колір RGB ({rgb}) → найближчі назви кольорів у CIELAB → softmax",
            $"Mean colour RGB ({rgb}) → nearest colour names in CIELAB → softmax"));
        return classifier.Classify(photo, top);
    }
}
