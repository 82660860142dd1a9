using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// Hidden-unit activation h ≥ 0 as colour: 0 → white (the unit is silent), then Okabe–Ito bluish green,
/// then a dark green at the top of the range. Single-hue and light-to-dark, so it reads in greyscale
/// and with colour-vision deficiencies, and it cannot be mistaken for the blue/vermillion class colours.
/// </summary>
internal sealed class ActivationColormap : IColormap
{
    public static readonly ActivationColormap Instance = new();

    private static readonly Color Dark = Color.FromHex("#00402E");

    public string Name => "NnLesson hidden activation";

    public Color GetColor(double position)
    {
        var t = Math.Clamp(double.IsNaN(position) ? 0 : position, 0, 1);
        return t < 0.6
            ? Blend(Colors.White, LessonColors.BluishGreen, t / 0.6)
            : Blend(LessonColors.BluishGreen, Dark, (t - 0.6) / 0.4);
    }

    private static Color Blend(Color from, Color to, double amount) => new(
        (byte)Math.Round(from.R + (to.R - from.R) * amount),
        (byte)Math.Round(from.G + (to.G - from.G) * amount),
        (byte)Math.Round(from.B + (to.B - from.B) * amount));
}
