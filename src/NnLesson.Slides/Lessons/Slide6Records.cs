using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Options of slide 6. Null paths mean "resolve as documented": the photo defaults to data/sample.jpg,
/// the model to the search order of <see cref="ModelResolver"/>. <c>Fallback</c> runs the colour
/// classifier even when a model exists (to show the class what a classifier without a network does);
/// <c>HeadPath</c> classifies into the user's own classes (a head.json from <c>nnlesson teach</c>).
/// </summary>
public sealed record Slide6Options(string? ImagePath, string? ModelPath, string? LabelsPath, int Top, bool Fallback = false, string? HeadPath = null)
{
    public static readonly Slide6Options Default = new(null, null, null, 5);
}

/// <summary>Which classifier answered on slide 6, and what the console says about it.</summary>
public abstract record Slide6Classifier;

/// <summary>
/// A pretrained ImageNet CNN run by ONNX Runtime: where it was found, its input and output names, and the measured
/// time of preprocessing (photo → [1, 3, 224, 224]) and of the network + softmax ([1, 3, 224, 224] → [1, 1000] → top-k).
/// </summary>
internal sealed record Slide6Network(ModelLocation Location, string ModelName, string ModelPath, string LabelsPath, string InputName, string OutputName,
    double PreprocessMilliseconds, double NetworkMilliseconds) : Slide6Classifier;

/// <summary>ResNet-18 with the user's own head (<c>--head</c>): the head file and its class names.</summary>
internal sealed record Slide6Head(string HeadPath, IReadOnlyList<string> Labels) : Slide6Classifier;

/// <summary>
/// The dominant-colour fallback: no model was found (or <c>--fallback</c> asked for it, <paramref name="Forced"/>);
/// <paramref name="MeanColour"/> is the photo's mean RGB on 0 … 255.
/// </summary>
internal sealed record Slide6Fallback(bool Forced, (double R, double G, double B) MeanColour) : Slide6Classifier;

/// <summary>
/// Everything slide 6 computed: the options, the photo (full path, [H, W, 3]), which classifier answered and its top-k
/// (probabilities after softmax), how many classes it knows, and the network's input window in the photo
/// (x, y, width, height in photo pixels: the centre 224×224 after resizing the shorter side to 256).
/// </summary>
public sealed record Slide6Result(
    Slide6Options Options,
    string ImagePath,
    RgbImage Photo,
    Slide6Classifier Classifier,
    ClassificationResult Classification,
    int ClassCount,
    (double X, double Y, double Width, double Height) NetworkWindow)
{
    /// <summary>The top-k's probabilities added up (how much of the 100 % the shown classes hold).</summary>
    public double TopSum => Classification.Top.Sum(p => p.Probability);
}

/// <summary>One class of <c>metrics.slide6.top</c> and <c>metrics.slide8.top</c>: index, label, probability.</summary>
public sealed record TopClass(int Index, string Label, double Probability)
{
    public static TopClass[] Of(IEnumerable<Prediction> top) => [.. top.Select(p => new TopClass(p.Index, p.Label, p.Probability))];
}

/// <summary>manifest.json's <c>metrics.slide6</c>: backend, model, model_source, image, top [{index, label, probability}].</summary>
public sealed record Slide6Metrics(string Backend, string Model, string? ModelSource, string Image, TopClass[] Top);

/// <summary>manifest.json's <c>parameters.slide6</c>: image, model, labels, top, fallback, head.</summary>
public sealed record Slide6Parameters(string? Image, string? Model, string? Labels, int Top, bool Fallback, string? Head);
