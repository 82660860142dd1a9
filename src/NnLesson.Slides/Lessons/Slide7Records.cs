using System.Text.Json.Serialization;
using NnLesson.Figures.Slide7;
using NnLesson.Vision.Images;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 7: the photo (null = the repository's sample).</summary>
public sealed record Slide7Options(string? ImagePath)
{
    public static readonly Slide7Options Default = new((string?)null);
}

/// <summary>
/// Everything slide 7 computed from one photo: its 224×224 crop [224, 224, 3], the convolution by hand and the
/// animation's numbers (Core's Conv2d, no model needed), the ResNet-18 part (null when the NuGet package is not
/// restored) and the class activation maps (null classes when no ImageNet classifier was found).
/// </summary>
public sealed record Slide7Result(
    string ImagePath,
    RgbImage Crop,
    ConvolutionByHandData Convolution,
    ConvolutionAnimationData Animation,
    Slide7Network? Network,
    CamData Cam,
    string? CamMapsTensor);

/// <summary>
/// The lecture's ResNet-18 on the from-scratch engine: parity with ONNX Runtime per stage, both forward times (the
/// second pass of each, ms), the multiply-adds of one forward pass, the mean image's B, G, R channel means, and the
/// data of the filters, depth and residual figures.
/// </summary>
public sealed record Slide7Network(
    IReadOnlyList<StageParity> Parity,
    double FromScratchMs,
    double OnnxRuntimeMs,
    long MultiplyAdds,
    IReadOnlyList<float> ChannelMeansBgr,
    FiltersData Filters,
    DepthData Depth,
    ResidualData Residual)
{
    /// <summary>The parity the issue asks for: max |Δ| ≤ 1e-4 · max|reference| at every stage.</summary>
    public const double Tolerance = 1e-4;

    public bool AllWithinTolerance => Parity.All(p => p.Relative <= Tolerance);
}

/// <summary>One stage's comparison with ONNX Runtime: shape [C, H, W], receptive field (px), max |Δ| and max |reference|.</summary>
public sealed record StageParity(string Label, string Shape, int ReceptiveField, double MaxDiff, double MaxRef)
{
    /// <summary>max |Δ| / max |reference|.</summary>
    public double Relative => MaxDiff / Math.Max(MaxRef, 1e-30);
}

/// <summary>
/// manifest.json's <c>metrics.slide7</c> (a contract: these key names are documented and must not change). Everything
/// about ResNet-18 is null when its package is not restored; the CAM fields are null when no classifier was found.
/// </summary>
public sealed record Slide7Metrics(
    string? Network,
    string? Engine,
    long? MultiplyAdds,
    double? FromScratchMs,
    double? OnnxRuntimeMs,
    IReadOnlyList<Slide7StageMetrics>? Parity,
    double[]? MeanImageChannelMeansBgr,
    string? ResidualBlock,
    double? ResidualBranchToInput,
    string? CamNetwork,
    string? TopClass,
    double? TopProbability);

/// <summary>One entry of <c>metrics.slide7.parity</c>.</summary>
public sealed record Slide7StageMetrics(
    string Stage,
    string Shape,
    int ReceptiveField,
    double MaxAbsDiff,
    double MaxAbsReference,
    double Relative,
    [property: JsonPropertyName("within_1e-4")] bool Within1e4);

/// <summary>manifest.json's <c>parameters.slide7</c>: the photo's full path.</summary>
public sealed record Slide7Parameters(string Image);
