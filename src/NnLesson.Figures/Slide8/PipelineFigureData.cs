using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;

namespace NnLesson.Figures.Slide8;

/// <summary>
/// One class and its softmax probability (0 … 1), as panel 4 draws it. <paramref name="Ukrainian"/> is the class's
/// Ukrainian name when it has one (an ImageNet class): a Ukrainian figure shows it first and the English label smaller.
/// </summary>
public sealed record ClassProbability(string Label, double Probability, string? Ukrainian = null);

/// <summary>Which feature maps stage 3 shows (channel indices, most varied first) and the value range they share.</summary>
public sealed record ShownMaps(IReadOnlyList<int> Channels, float Min, float Max);

/// <summary>
/// Everything the pipeline figure shows, all from one real run on one photo:
/// Photo [H, W, 3] as decoded; Resized (shorter side 256); Cropped [224, 224, 3]; Channels = the normalised
/// tensor [1, 3, 224, 224]; Features = real activations of an early layer; Top = softmax top-k.
/// LogitsShape is the shape of the model output that softmax turned into probabilities, e.g. [1, 1000].
/// Features, Top and LogitsShape are null when no model is available (panels 3 and 4 then say how to get one);
/// ShownMaps says which of Features are drawn, TopSum is the probabilities of Top added up.
/// <paramref name="FeatureNetwork"/>: stage 3 shows another network than the classifier of stage 4 (the lecture's
/// ResNet-18); then Channels is that network's own input and <paramref name="InputKind"/> says how it was made, and
/// the figure names which network each stage belongs to. <paramref name="FeatureLabel"/> names the stage-3 layer in
/// both languages (null: the layer's node name from the graph).
/// </summary>
public sealed record PipelineFigureData(
    string PhotoName,
    RgbImage Photo,
    RgbImage Resized,
    RgbImage Cropped,
    NormalizedChannels Channels,
    FeatureMaps? Features,
    ShownMaps? ShownMaps,
    IReadOnlyList<ClassProbability>? Top,
    double TopSum,
    IReadOnlyList<long>? LogitsShape,
    string? ModelName,
    string? FeatureNetwork = null,
    InputKind InputKind = InputKind.ImageNetNormalised,
    IReadOnlyList<float>? MeanImageChannelMeans = null,
    Localized? FeatureLabel = null)
{
    public bool HasModel => Features is not null && ShownMaps is not null && Top is not null;
}

/// <summary>How stage 2's tensor was made from the 0…255 crop.</summary>
public enum InputKind
{
    /// <summary>x = (v/255 − μ[c]) / σ[c], channels R, G, B (torchvision's ImageNet classifiers).</summary>
    ImageNetNormalised,

    /// <summary>x = v − M[c, y, x], channels B, G, R, M the ImageNet mean image (the Caffe/CNTK-style ResNet-18).</summary>
    ResNetMeanImage,
}
