using System.Globalization;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide8;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 8: the image-classification pipeline explained from the real tensors of one run:
/// raw photo [H, W, 3] uint8 → resize (shorter side 256) and centre crop [224, 224, 3] → normalised tensor
/// [1, 3, 224, 224] float32 → CNN (feature maps of its first convolution layer, [1, C, H', W']) → logits [1, 1000]
/// → softmax → top-5. One ONNX Runtime pass gives both the feature maps and the logits; with the lecture's ResNet-18
/// on this machine, stages 2–3 show that network instead (its own input and its conv1, computed from scratch), and the
/// figure says which network each stage is. Photo: <c>--image</c>, else the repository's <c>data/sample.jpg</c>.
/// Model: <see cref="ModelResolver"/>; without one, stages 1–2 are still real and stages 3–4 say how to get a model.
/// </summary>
public sealed class Slide8PipelineExplain : ISlideRecipe<Slide8Options, Slide8Result, Slide8Metrics, Slide8Parameters>
{
    public const string Id = "slide8";

    public const int Top = 5;

    /// <summary>The default photo, relative to the repository root.</summary>
    public const string DefaultImage = RepoLocator.SamplePhoto;

    public static readonly IReadOnlyList<string> FigureFiles = [PipelineFigure.FileName];

    /// <summary>The slide's recipe: the model found as documented (<see cref="ModelResolver.Resolve(string?, string?)"/>).</summary>
    public static readonly Slide8PipelineExplain Recipe = new(ModelResolver.Resolve);

    private readonly Func<string?, string?, ModelLocation?> _resolveModel;

    private Slide8PipelineExplain(Func<string?, string?, ModelLocation?> resolveModel) => _resolveModel = resolveModel;

    /// <summary>The recipe with the model already chosen: <paramref name="model"/> null = no model.</summary>
    public static Slide8PipelineExplain WithModel(ModelLocation? model) => new((_, _) => model);

    string ISlideRecipe<Slide8Options, Slide8Result, Slide8Metrics, Slide8Parameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<Slide8Options, Slide8Result, Slide8Metrics, Slide8Parameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context, Slide8Options options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>Computed now, shown when the result is called (<c>all</c> computes ahead).</summary>
    public static ComputedSlide Computed(SlideContext context, Slide8Options options) => RecipeRun.Computed(Recipe, context, options, SlideProgress.None);

    /// <summary>The slide with the photo and model already chosen; <paramref name="model"/> null = no model.</summary>
    public static SlideOutcome Run(SlideContext context, string imagePath, ModelLocation? model) =>
        RecipeRun.Run(WithModel(model), context, new Slide8Options(imagePath, null));

    /// <summary>--image as given, else data/sample.jpg in the repository.</summary>
    public static string ResolveImage(string? imagePath) => RepoLocator.PhotoOrSample(imagePath);

    public Slide8Result Compute(Slide8Options options, int seed, ISlideProgress progress)
    {
        var imagePath = Path.GetFullPath(ResolveImage(options.ImagePath));
        var model = _resolveModel(options.ModelPath, options.LabelsPath);

        // Stage 1: the photo as decoded, [H, W, 3] bytes.
        var photo = ImageLoader.Load(imagePath);

        // Stage 2: resize → crop → normalise; the tensor [1, 3, 224, 224] is exactly what the classifier gets.
        var input = ImageNetPreprocessing.Run(photo);
        var channels = new NormalizedChannels(input.Tensor, input.Cropped.Height, input.Cropped.Width);

        // Stages 3 and 4: one forward pass with the first convolution exposed as an extra output.
        var inspection = model is null ? null : Inspect(model, input);
        // With the lecture's ResNet-18 on this machine, stage 3 shows its first Conv → BN → ReLU, computed from scratch.
        var (resnet, problem) = inspection is null ? (null, null) : Slide8ResNetFeatures.FirstLayer(input);
        var result = new Slide8Result(imagePath, photo, input, channels, model, inspection, resnet, problem);
        // The figure has room for 12 maps: the most varied ones (a flat map shows nothing), on one shared colour scale.
        if (result.Features is not { } features)
        {
            return result;
        }
        var shown = FeatureMapSelection.MostVaried(features, FeatureMapsPanel.Shown);
        var (min, max) = FeatureMapSelection.Range(features, shown);
        return result with { ShownMaps = new ShownMaps(shown, min, max) };
    }

    public void Report(Slide8Result result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(lang.Text("Слайд 8: конвеєр класифікації зображень на справжніх тензорах", "Slide 8: the image-classification pipeline, from real tensors"));
        if (result.ResNetProblem is { } problem)
        {
            reporter.Warning(lang.Text($"ResNet-18 не вдалося завантажити, етап 3 показує перший шар класифікатора: {problem}",
                $"ResNet-18 is not usable, stage 3 shows the classifier's first layer instead: {problem}"));
        }
        if (result.Model is null)
        {
            reporter.Warning(lang.Text(
                "Модель не знайдено: етапам 3–4 потрібна навчена CNN. Завантажте її: 'nnlesson model download resnet18' або передайте --model ШЛЯХ.",
                "No model found: stages 3–4 need a trained CNN. Get one with 'nnlesson model download resnet18' or pass --model PATH."));
        }
        ReportStages(result, reporter, lang);
    }

    public IReadOnlyList<FigureJob> Figures(Slide8Result result)
    {
        var inspection = result.Inspection;
        var resnet = result.ResNet;
        var top = inspection?.Top.Select(p => new ClassProbability(p.Label, p.Probability,
            ClassLabels.Ukrainian(p.Index, inspection.Result.Output.Length, Lang.Uk))).ToList();
        var data = new PipelineFigureData(Path.GetFileName(result.ImagePath), result.Photo, result.Input.Resized, result.Input.Cropped,
            resnet is null ? result.Channels : new NormalizedChannels(resnet.Input.Data, resnet.Input.Height, resnet.Input.Width, NormalizedChannels.Bgr),
            result.Features, result.ShownMaps, top, inspection?.Top.Sum(p => p.Probability) ?? 0, inspection?.Result.OutputShape, result.Model?.ModelName,
            FeatureNetwork: resnet is null ? null : "ResNet-18",
            InputKind: resnet is null ? InputKind.ImageNetNormalised : InputKind.ResNetMeanImage,
            MeanImageChannelMeans: resnet?.ChannelMeans,
            FeatureLabel: resnet is null ? null : Slide8ResNetFeatures.Label);
        return [FigureJob.Of(PipelineFigure.FileName, data, PipelineFigure.Save)];
    }

    public Slide8Metrics Metrics(Slide8Result result)
    {
        var (photo, input, channels) = (result.Photo, result.Input, result.Channels);
        var metrics = new Slide8Metrics(photo.Shape, input.Resized.Shape, input.Cropped.Shape, input.TensorShape,
            [.. channels.Min.Select(v => (double)v)], [.. channels.Max.Select(v => (double)v)],
            result.Model is null ? "none" : OnnxImageClassifier.BackendName, result.Model?.ModelName, result.Model?.Source);
        if (result.Inspection is not { } inspection || result.Features is not { } f)
        {
            return metrics;
        }
        return metrics with
        {
            FeatureLayer = f.Tap.LayerName,
            FeatureOperators = f.Tap.Operators,
            FeatureTensor = f.Tap.TensorName,
            FeatureShape = [.. f.TensorShape],
            FeatureType = f.ElementType,
            FeatureValues = f.Kind.ToString().ToLowerInvariant(),
            FeatureMin = f.Min,
            FeatureMax = f.Max,
            FeatureScale = f.Tap.Quantization?.Scale,
            FeatureZeroPoint = f.Tap.Quantization?.ZeroPoint,
            Top = TopClass.Of(inspection.Top),
        };
    }

    public Slide8Parameters Parameters(Slide8Result result) => new(result.ImagePath, result.Model?.ModelPath, Top);

    /// <summary>The classifier's forward pass: input [1, 3, 224, 224] → first-layer maps and logits [1, 1000] → softmax → top-5.</summary>
    private static Slide8ModelRun Inspect(ModelLocation model, PreprocessedImage input)
    {
        var labelsPath = model.LabelsPath ?? throw new LessonException(
            $"Для моделі «{model.ModelPath}» немає назв класів: покладіть поруч із нею {ImageNetLabels.FileNames[0]}.",
            $"No labels for model '{model.ModelPath}': put {ImageNetLabels.FileNames[0]} beside it.");
        var labels = ImageNetLabels.Load(labelsPath);
        using var inspector = CnnInspector.Open(model.ModelPath);
        var result = inspector.Run(input.Tensor, input.TensorShape);
        if (result.Output.Length != labels.Length)
        {
            throw new LessonException(
                $"Модель «{model.ModelName}» повернула {result.Output.Length} оцінок для {labels.Length} назв класів; слайду 8 потрібен класифікатор ImageNet.",
                $"Model '{model.ModelName}' returned {result.Output.Length} scores for {labels.Length} labels; slide 8 needs an ImageNet classifier.");
        }
        var probabilities = Softmax.Stable(result.Output); // [1000], sums to 1
        return new Slide8ModelRun(result, TopPredictions.Select(probabilities, labels, Top));
    }

    private static void ReportStages(Slide8Result result, ISlideReporter report, Lang lang)
    {
        var (photo, input, channels, inspection) = (result.Photo, result.Input, result.Channels, result.Inspection);
        var photoName = Path.GetFileName(result.ImagePath);
        IReadOnlyList<string> Row(string stage, string shape, string type, double min, double max) =>
            [stage, shape, type, NumberText.Plain(min, lang, 3), NumberText.Plain(max, lang, 3)];
        var rows = new List<IReadOnlyList<string>>
        {
            Row(lang.Text("1 сире фото ", "1 raw photo ") + photoName, photo.Shape, "uint8", photo.Pixels.Min(), photo.Pixels.Max()),
            Row(lang.Text("2 змінений розмір (коротша сторона 256)", "2 resized (shorter side 256)"), input.Resized.Shape, "uint8", input.Resized.Pixels.Min(), input.Resized.Pixels.Max()),
            Row(lang.Text("2 центральне кадрування", "2 centre crop"), input.Cropped.Shape, "uint8", input.Cropped.Pixels.Min(), input.Cropped.Pixels.Max()),
        };
        for (var c = 0; c < 3; c++)
        {
            rows.Add(Row(lang.Text("2 тензор, канал ", "2 tensor, channel ") + channels.Names[c], $"[{channels.Height}, {channels.Width}]", "float32", channels.Min[c], channels.Max[c]));
        }
        if (result.ResNet is { } resnet)
        {
            var x = resnet.Input.Data;
            rows.Add(Row(lang.Text("2 вхід ResNet-18: BGR − середнє", "2 ResNet-18 input: BGR − mean"), $"[1, {resnet.Input.Channels}, {resnet.Input.Height}, {resnet.Input.Width}]",
                "float32", x.Min(), x.Max()));
        }
        if (inspection is not null && result.Features is { } f)
        {
            var type = f.ElementType + f.Kind switch
            {
                FeatureValueKind.Dequantized => lang.Text(" → дійсні", " → real"), // min/max after (q − zero_point)·scale
                FeatureValueKind.RawCodes => lang.Text(" коди", " codes"),
                _ => "",
            };
            var layer = result.ResNet is null ? f.Tap.LayerName : Slide8ResNetFeatures.Label.For(lang);
            rows.Add(Row($"3 {layer} ({f.Tap.Operators})", f.ShapeText, type, f.Min, f.Max));
            var logits = inspection.Result.Output;
            rows.Add(Row(lang.Text("4 логіти", "4 logits"), $"[{string.Join(", ", inspection.Result.OutputShape)}]", "float32", logits.Min(), logits.Max()));
        }
        report.Table(lang.Text("Кожен етап: форма і діапазон значень", "Every stage: shape and value range"),
            [lang.Text("етап", "stage"), lang.Text("форма", "shape"), lang.Text("тип", "type"), "min", "max"], rows);
        string Join(float[] values) => NumberText.List(values.Select(v => NumberText.Plain(v, lang, 3)), lang);
        var (mean, std) = (Join(ImageNetPreprocessing.Mean), Join(ImageNetPreprocessing.Std));
        report.Line(lang.Text($"Нормалізація: x = (v/255 − μ) / σ, μ = [{mean}], σ = [{std}].",
            $"Normalisation: x = (v/255 − mean) / std, mean = [{mean}], std = [{std}]."));
        if (inspection is null || result.Features is not { } features)
        {
            return;
        }
        if (result.ResNet is { } r)
        {
            var means = NumberText.List(r.ChannelMeans.Select(v => NumberText.Fixed(v, 1, lang)), lang);
            report.Line(lang.Text(
                $"Етапи 2–3 на рисунку — ResNet-18, обчислена з нуля: її вхід x = v − M (канали B, G, R, значення 0…255, M — середнє зображення ImageNet; середні значення каналів B, G, R: {means}); етап 4 — класифікатор {result.Model?.ModelName}.",
                $"Stages 2–3 of the figure are ResNet-18, computed from scratch: its input x = v − M (channels B, G, R, values 0…255, M the ImageNet mean image, its means {means}); stage 4 is the classifier {result.Model?.ModelName}."));
        }
        report.Line(features.Kind switch
        {
            FeatureValueKind.Dequantized => lang.Text(
                $"Тензор етапу 3 '{features.Tap.TensorName}' містить коди {features.ElementType} q; показано дійсні значення (q − {features.Tap.Quantization!.ZeroPoint}) · {NumberText.Significant(features.Tap.Quantization.Scale, 6, lang)}.",
                $"Stage 3 tensor '{features.Tap.TensorName}' holds {features.ElementType} codes q; shown as real values (q − {features.Tap.Quantization!.ZeroPoint}) · {NumberText.Significant(features.Tap.Quantization.Scale, 6, lang)}."),
            FeatureValueKind.RawCodes => lang.Text(
                $"Тензор етапу 3 '{features.Tap.TensorName}' містить коди {features.ElementType}; його масштаб не є константою графа, тож показано сирі коди.",
                $"Stage 3 tensor '{features.Tap.TensorName}' holds {features.ElementType} codes; its scale is not a constant of the graph, so raw codes are shown."),
            _ => lang.Text($"Тензор етапу 3 '{features.Tap.TensorName}' містить активації float32.", $"Stage 3 tensor '{features.Tap.TensorName}' holds float32 activations."),
        });
        report.Table(lang.Text($"Етап 4: softmax, топ-{Top}", $"Stage 4: softmax top-{Top}"),
            ["#", lang.Text("клас", "class"), lang.Text("індекс", "index"), lang.Text("ймовірність", "probability")],
            inspection.Top.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture),
                ClassLabels.Console(p.Index, p.Label, inspection.Result.Output.Length, lang), p.Index.ToString(CultureInfo.InvariantCulture), NumberText.Percent(p.Probability, lang, 2)]).ToList());
    }
}
