using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Slide8;
using NnLesson.Figures.Text;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 8. Null paths mean "resolve as documented".</summary>
public sealed record Slide8Options(string? ImagePath, string? ModelPath)
{
    public static readonly Slide8Options Default = new(null, null);
}

/// <summary>
/// Slide 8: the image-classification pipeline explained from the real tensors of one run:
/// raw photo [H, W, 3] uint8 → resize (shorter side 256) and centre crop [224, 224, 3] → normalised tensor
/// [1, 3, 224, 224] float32 → CNN (feature maps of its first convolution layer, [1, C, H', W']) → logits [1000]
/// → softmax → top-5. One ONNX Runtime pass gives both the feature maps and the logits.
/// Photo: <c>--image</c>, else the repository's <c>data/sample.jpg</c>. Model: <see cref="ModelResolver"/>;
/// without one, stages 1–2 are still real and stages 3–4 say how to get a model.
/// </summary>
public static class Slide8PipelineExplain
{
    public const string Id = "slide8";

    public const int Top = 5;

    /// <summary>The default photo, relative to the repository root.</summary>
    public const string DefaultImage = RepoLocator.SamplePhoto;

    public static readonly IReadOnlyList<string> FigureFiles = [PipelineFigure.FileName];

    public static SlideOutcome Run(SlideContext context, Slide8Options options) =>
        Run(context, ResolveImage(options.ImagePath), ModelResolver.Resolve(options.ModelPath));

    /// <summary>The slide with the photo and model already chosen; <paramref name="model"/> null = no model.</summary>
    public static SlideOutcome Run(SlideContext context, string imagePath, ModelLocation? model)
    {
        var report = context.Reporter;
        var lang = context.Lang;
        report.Heading(lang.Text("Слайд 8: конвеєр класифікації зображень на справжніх тензорах", "Slide 8: the image-classification pipeline, from real tensors"));

        // Stage 1: the photo as decoded, [H, W, 3] bytes.
        var photo = ImageLoader.Load(imagePath);
        var photoName = Path.GetFileName(imagePath);

        // Stage 2: resize → crop → normalise; the tensor [1, 3, 224, 224] is exactly what the network gets.
        var input = ImageNetPreprocessing.Run(photo);
        var channels = new NormalizedChannels(input.Tensor, input.Cropped.Height, input.Cropped.Width);

        // Stages 3 and 4: one forward pass with the first convolution exposed as an extra output.
        ModelRun? inspection = model is null ? null : Inspect(model, input);
        // With the lecture's ResNet-18 on this machine, stage 3 shows its first Conv → BN → ReLU, computed from scratch.
        if (inspection is not null && Slide8ResNetFeatures.FirstLayer(input, report) is { } resnet)
        {
            inspection = inspection with { Result = inspection.Result with { Features = resnet } };
        }
        if (model is null)
        {
            report.Warning(lang.Text(
                "Модель не знайдено: етапам 3–4 потрібна навчена CNN. Завантажте її: 'nnlesson model download resnet18' або передайте --model ШЛЯХ.",
                "No model found: stages 3–4 need a trained CNN. Get one with 'nnlesson model download resnet18' or pass --model PATH."));
        }

        ReportStages(report, photoName, photo, input, channels, inspection, lang);

        var figure = PipelineFigure.Save(
            new PipelineFigureData(photoName, photo, input.Resized, input.Cropped, channels, inspection?.Result.Features,
                inspection?.Top.Select(p => new ClassProbability(p.Label, p.Probability,
                    ClassLabels.Ukrainian(p.Index, inspection.Result.Output.Length, Lang.Uk))).ToList(), inspection?.Result.OutputShape, model?.ModelName),
            context.Lang, context.Size, context.OutputPath(PipelineFigure.FileName));

        return new SlideOutcome(Id, [figure], Metrics(photo, input, channels, model, inspection),
            new JsonObject { ["image"] = Path.GetFullPath(imagePath), ["model"] = model?.ModelPath, ["top"] = Top });
    }

    /// <summary>--image as given, else data/sample.jpg in the repository.</summary>
    public static string ResolveImage(string? imagePath) => RepoLocator.PhotoOrSample(imagePath);

    /// <summary>The feature maps, logits and top-k of one run.</summary>
    public sealed record ModelRun(InspectionResult Result, IReadOnlyList<Prediction> Top);

    private static ModelRun Inspect(ModelLocation model, PreprocessedImage input)
    {
        var labelsPath = model.LabelsPath ?? throw new LessonException(
            $"No labels for model '{model.ModelPath}': put {ImageNetLabels.FileNames[0]} beside it.");
        var labels = ImageNetLabels.Load(labelsPath);
        using var inspector = CnnInspector.Open(model.ModelPath);
        var result = inspector.Run(input.Tensor, input.TensorShape);
        if (result.Output.Length != labels.Length)
        {
            throw new LessonException($"Model '{model.ModelName}' returned {result.Output.Length} scores for {labels.Length} labels; slide 8 needs an ImageNet classifier.");
        }
        var probabilities = Softmax.Stable(result.Output);
        return new ModelRun(result, TopPredictions.Select(probabilities, labels, Top));
    }

    private static void ReportStages(Reporting.ISlideReporter report, string photoName, RgbImage photo, PreprocessedImage input,
        NormalizedChannels channels, ModelRun? inspection, Lang lang)
    {
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
            rows.Add(Row(lang.Text("2 тензор, канал ", "2 tensor, channel ") + NormalizedChannels.ChannelNames[c], $"[{channels.Height}, {channels.Width}]", "float32", channels.Min[c], channels.Max[c]));
        }
        if (inspection is { Result.Features: var f })
        {
            var type = f.ElementType + f.Kind switch
            {
                FeatureValueKind.Dequantized => lang.Text(" → дійсні", " → real"), // min/max after (q − zero_point)·scale
                FeatureValueKind.RawCodes => lang.Text(" коди", " codes"),
                _ => "",
            };
            rows.Add(Row($"3 {f.Tap.LayerName} ({f.Tap.Operators})", f.ShapeText, type, f.Min, f.Max));
            var logits = inspection.Result.Output;
            rows.Add(Row(lang.Text("4 логіти", "4 logits"), $"[{string.Join(", ", inspection.Result.OutputShape)}]", "float32", logits.Min(), logits.Max()));
        }
        report.Table(lang.Text("Кожен етап: форма і діапазон значень", "Every stage: shape and value range"),
            [lang.Text("етап", "stage"), lang.Text("форма", "shape"), lang.Text("тип", "type"), "min", "max"], rows);
        string Join(float[] values) => NumberText.List(values.Select(v => NumberText.Plain(v, lang, 3)), lang);
        report.Line(lang.Text("Нормалізація: ", "Normalisation: ") +
                    $"x = (v/255 − mean) / std, mean = [{Join(ImageNetPreprocessing.Mean)}], std = [{Join(ImageNetPreprocessing.Std)}].");
        if (inspection is null)
        {
            return;
        }
        var features = inspection.Result.Features;
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
            ["#", lang.Text("клас", "class"), lang.Text("індекс", "index"), lang.Text("імовірність", "probability")],
            inspection.Top.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture),
                ClassLabels.Console(p.Index, p.Label, inspection.Result.Output.Length, lang), p.Index.ToString(CultureInfo.InvariantCulture), NumberText.Percent(p.Probability, lang, 2)]).ToList());
    }

    private static JsonObject Metrics(RgbImage photo, PreprocessedImage input, NormalizedChannels channels, ModelLocation? model, ModelRun? inspection)
    {
        var metrics = new JsonObject
        {
            ["raw_shape"] = photo.Shape,
            ["resized_shape"] = input.Resized.Shape,
            ["crop_shape"] = input.Cropped.Shape,
            ["tensor_shape"] = new JsonArray(input.TensorShape.Select(d => (JsonNode)d).ToArray()),
            ["tensor_channel_min"] = new JsonArray(channels.Min.Select(v => (JsonNode)(double)v).ToArray()),
            ["tensor_channel_max"] = new JsonArray(channels.Max.Select(v => (JsonNode)(double)v).ToArray()),
            ["backend"] = model is null ? "none" : OnnxImageClassifier.BackendName,
            ["model"] = model?.ModelName,
            ["model_source"] = model?.Source,
        };
        if (inspection is not null)
        {
            var f = inspection.Result.Features;
            metrics["feature_layer"] = f.Tap.LayerName;
            metrics["feature_operators"] = f.Tap.Operators;
            metrics["feature_tensor"] = f.Tap.TensorName;
            metrics["feature_shape"] = new JsonArray(f.TensorShape.Select(d => (JsonNode)d).ToArray());
            metrics["feature_type"] = f.ElementType;
            metrics["feature_values"] = f.Kind.ToString().ToLowerInvariant();
            metrics["feature_min"] = (double)f.Min;
            metrics["feature_max"] = (double)f.Max;
            if (f.Tap.Quantization is { } q)
            {
                metrics["feature_scale"] = q.Scale;
                metrics["feature_zero_point"] = q.ZeroPoint;
            }
            metrics["top"] = new JsonArray(inspection.Top.Select(p => (JsonNode)new JsonObject
            {
                ["index"] = p.Index,
                ["label"] = p.Label,
                ["probability"] = p.Probability,
            }).ToArray());
        }
        return metrics;
    }
}
