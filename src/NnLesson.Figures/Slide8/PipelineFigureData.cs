using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;

namespace NnLesson.Figures.Slide8;

/// <summary>
/// One class and its softmax probability (0 … 1), as panel 4 draws it. <paramref name="Ukrainian"/> is the class's
/// Ukrainian name when it has one (an ImageNet class): a Ukrainian figure shows it first and the English label smaller.
/// </summary>
public sealed record ClassProbability(string Label, double Probability, string? Ukrainian = null);

/// <summary>
/// Everything the pipeline figure shows, all from one real run on one photo:
/// Photo [H, W, 3] as decoded; Resized (shorter side 256); Cropped [224, 224, 3]; Channels = the normalised
/// tensor [1, 3, 224, 224]; Features = real activations of an early layer; Top = softmax top-k.
/// LogitsShape is the shape of the model output that softmax turned into probabilities, e.g. [1, 1000].
/// Features, Top and LogitsShape are null when no model is available (panels 3 and 4 then say how to get one).
/// </summary>
public sealed record PipelineFigureData(
    string PhotoName,
    RgbImage Photo,
    RgbImage Resized,
    RgbImage Cropped,
    NormalizedChannels Channels,
    FeatureMaps? Features,
    IReadOnlyList<ClassProbability>? Top,
    IReadOnlyList<long>? LogitsShape,
    string? ModelName)
{
    public bool HasModel => Features is not null && Top is not null;
}
