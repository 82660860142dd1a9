using NnLesson.Core;
using NnLesson.Vision.Images;

namespace NnLesson.Vision.Classification;

/// <summary>
/// The original scripts' fallback when no pretrained network is available: name the photo's
/// <b>dominant colour</b>. It is not a neural network; it shows the shape of a classifier's answer
/// (classes with probabilities that sum to 1) and how little raw colour says about content.
/// </summary>
/// <remarks>
/// 1. mean colour m = (mean R, mean G, mean B) over all pixels;
/// 2. m and each reference colour r_k → CIELAB (sRGB, D65), where Euclidean distance ΔE*ab ≈ perceived difference
///    (ΔE ≈ 2.3 is just noticeable);
/// 3. scores p_k = softmax(−ΔE(m, r_k) / T) with temperature T = <see cref="Temperature"/> ΔE units:
///    the nearest colour gets the most, colours 2·T farther get e⁻² ≈ 14 % as much.
/// </remarks>
public sealed class ColorFallbackClassifier : IImageClassifier
{
    public const string BackendName = "fallback";
    public const string Name = "dominant-colour";

    /// <summary>Softmax temperature in ΔE units: how quickly the score falls with colour distance.</summary>
    public const double Temperature = 8.0;

    /// <summary>The colour classes in index order, with a typical sRGB value each.</summary>
    public static readonly IReadOnlyList<ColorClass> Classes =
    [
        new("red", 200, 30, 35),
        new("orange", 240, 130, 20),
        new("yellow", 240, 215, 40),
        new("green", 50, 150, 60),
        new("blue", 35, 85, 190),
        new("purple", 120, 60, 150),
        new("pink", 235, 140, 180),
        new("brown", 125, 80, 45),
        new("white", 245, 245, 245),
        new("grey", 128, 128, 128),
        new("black", 20, 20, 20),
    ];

    private static readonly (double L, double A, double B)[] ReferenceLab =
        Classes.Select(c => CieLab.FromSrgb(c.R, c.G, c.B)).ToArray();

    private static readonly string[] Labels = Classes.Select(c => c.Name).ToArray();

    public string Backend => BackendName;

    public string ModelName => Name;

    public ClassificationResult Classify(RgbImage image, int top)
    {
        var probabilities = Probabilities(MeanColor(image));
        return new ClassificationResult(Backend, ModelName, TopPredictions.Select(probabilities, Labels, Math.Min(top, Classes.Count)));
    }

    /// <summary>Probabilities [classes] for a mean colour (0..255 per channel): softmax(−ΔE/T).</summary>
    public static double[] Probabilities((double R, double G, double B) mean)
    {
        var lab = CieLab.FromSrgb(mean.R, mean.G, mean.B);
        var negativeDistances = new float[Classes.Count];
        for (var k = 0; k < Classes.Count; k++)
        {
            negativeDistances[k] = (float)(-CieLab.DeltaE(lab, ReferenceLab[k]) / Temperature);
        }
        return Softmax.Stable(negativeDistances);
    }

    /// <summary>Mean of each channel over all pixels, on the 0..255 scale.</summary>
    public static (double R, double G, double B) MeanColor(RgbImage image)
    {
        long r = 0, g = 0, b = 0;
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i += 3)
        {
            r += pixels[i];
            g += pixels[i + 1];
            b += pixels[i + 2];
        }
        double n = image.Width * image.Height;
        return (r / n, g / n, b / n);
    }

    public void Dispose()
    {
        // Nothing to release: no model, no native session.
    }
}
