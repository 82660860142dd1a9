using System.Text.Json.Serialization;
using NnLesson.Figures.Slide8;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 8. Null paths mean "resolve as documented" (data/sample.jpg; <see cref="ModelResolver"/>).</summary>
public sealed record Slide8Options(string? ImagePath, string? ModelPath, string? LabelsPath = null)
{
    public static readonly Slide8Options Default = new(null, null);
}

/// <summary>The classifier's one forward pass: its first convolution layer's maps and its logits, and the softmax top-k.</summary>
public sealed record Slide8ModelRun(InspectionResult Result, IReadOnlyList<Prediction> Top);

/// <summary>
/// Everything slide 8 computed from one photo: the photo [H, W, 3] (full path), the classifier's preprocessing (resized,
/// crop [224, 224, 3], tensor [1, 3, 224, 224]) and that tensor channel by channel, the model found (null: none), its
/// forward pass, and — when restore has brought the lecture's ResNet-18 — that network's own first layer on the same
/// crop (<paramref name="ResNetProblem"/> says why it is missing when the package is there but unusable).
/// </summary>
public sealed record Slide8Result(
    string ImagePath,
    RgbImage Photo,
    PreprocessedImage Input,
    NormalizedChannels Channels,
    ModelLocation? Model,
    Slide8ModelRun? Inspection,
    ResNetFirstLayer? ResNet,
    string? ResNetProblem)
{
    /// <summary>The maps stage 3 shows: ResNet-18's conv1 when it ran, else the classifier's first layer (null without a model).</summary>
    public FeatureMaps? Features => Inspection is null ? null : ResNet?.Maps ?? Inspection.Result.Features;

    /// <summary>Which of <see cref="Features"/> the figure draws (the most varied) and their shared value range; null without a model.</summary>
    public ShownMaps? ShownMaps { get; init; }
}

/// <summary>
/// manifest.json's <c>metrics.slide8</c>, key for key as documented: the shapes and channel ranges of stages 1–2
/// (of the classifier's input), the backend and model, and — only with a model — the stage-3 feature maps (layer,
/// operators, tensor, shape, type, values, min, max; scale and zero point for quantised codes) and the top-5.
/// </summary>
public sealed record Slide8Metrics(
    string RawShape,
    string ResizedShape,
    string CropShape,
    long[] TensorShape,
    double[] TensorChannelMin,
    double[] TensorChannelMax,
    string Backend,
    string? Model,
    string? ModelSource,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FeatureLayer = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FeatureOperators = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FeatureTensor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long[]? FeatureShape = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FeatureType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FeatureValues = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FeatureMin = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FeatureMax = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FeatureScale = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FeatureZeroPoint = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TopClass[]? Top = null);

/// <summary>manifest.json's <c>parameters.slide8</c>: image (full path), model (path, or null), top.</summary>
public sealed record Slide8Parameters(string Image, string? Model, int Top);
