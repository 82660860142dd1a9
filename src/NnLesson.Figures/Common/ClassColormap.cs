using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// Probability of class 1 as colour: 0 → light blue (class 0), 0.5 → white (undecided), 1 → light
/// vermillion (class 1). Tints rather than full colours, so the data points on top stay readable.
/// </summary>
internal sealed class ClassColormap : IColormap
{
    public static readonly ClassColormap Instance = new();

    /// <summary>How far towards the full class colour the ends go (0 = white, 1 = full colour).</summary>
    private const double Strength = 0.55;

    public string Name => "NnLesson class probability";

    public Color GetColor(double position)
    {
        var p = Math.Clamp(double.IsNaN(position) ? 0.5 : position, 0, 1);
        var target = p < 0.5 ? LessonColors.ClassColor(0) : LessonColors.ClassColor(1);
        var amount = Math.Abs(p - 0.5) * 2 * Strength;
        return Blend(Colors.White, target, amount);
    }

    private static Color Blend(Color from, Color to, double amount) => new(
        (byte)Math.Round(from.R + (to.R - from.R) * amount),
        (byte)Math.Round(from.G + (to.G - from.G) * amount),
        (byte)Math.Round(from.B + (to.B - from.B) * amount));
}
