using ScottPlot;

namespace NnLesson.Figures.Style;

/// <summary>
/// The Okabe–Ito palette (Okabe &amp; Ito 2008), distinguishable with every common colour-vision
/// deficiency. Class 0 is always blue and class 1 always vermillion, across every figure.
/// </summary>
internal static class LessonColors
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Black = Color.FromHex("#000000");
    public static readonly Color Grey = Color.FromHex("#6E6E6E");

    /// <summary>Line colours in order, for plots with several series.</summary>
    public static readonly IReadOnlyList<Color> Series = [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Yellow, Black];

    public static Color ClassColor(int label) => label == 0 ? Blue : Vermillion;

    /// <summary>Light tints of the class colours for filled decision regions, so points on top stay visible.</summary>
    public static Color ClassRegion(int label) => ClassColor(label).WithAlpha(0.22);
}
