using NnLesson.Vision.Images;

namespace NnLesson.Figures.Slide6;

/// <summary>Which classifier answered: a pretrained ImageNet CNN, ResNet-18 with the user's own head, or the colour fallback.</summary>
public enum ClassifierKind
{
    Network,
    Head,
    Fallback,
}

/// <summary>
/// One bar of the top-k: class <paramref name="Index"/>, its name in both languages (Ukrainian ImageNet name or colour
/// name; English = the label), its softmax probability (0 … 1), and for the colour fallback the class's own colour.
/// </summary>
public sealed record ClassBar(int Index, Localized Name, string Label, double Probability, RgbColor? Colour = null);

/// <summary>An sRGB colour, 0 … 255 per channel.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B);

/// <summary>
/// The network's input window inside the photo, in photo pixels: the centre crop of 224×224 after the resize to 256,
/// mapped back (x, y of its top-left corner, width, height).
/// </summary>
public readonly record struct PhotoWindow(double X, double Y, double Width, double Height);

/// <summary>
/// Everything the slide 6 figure shows, computed before it is drawn: the photo [H, W, 3] and its file name, which
/// classifier answered (<paramref name="Model"/> is its name), how many classes it has, the top-k bars (top-1 first)
/// and their summed probability, and either the network's input window in the photo or the photo's mean colour.
/// <paramref name="ImageNetNames"/>: the classes are ImageNet's 1000, so a Ukrainian figure also gives the English name.
/// </summary>
public sealed record CnnInferenceData(
    string PhotoName,
    RgbImage Photo,
    ClassifierKind Kind,
    string Model,
    int ClassCount,
    bool ImageNetNames,
    IReadOnlyList<ClassBar> Top,
    double TopSum,
    PhotoWindow? NetworkWindow,
    RgbColor? MeanColour);
