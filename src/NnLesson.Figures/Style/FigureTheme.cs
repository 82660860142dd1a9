using ScottPlot;

namespace NnLesson.Figures.Style;

/// <summary>
/// The look of every figure: bundled font, projector-size text, light grid. Text sizes are fractions
/// of the figure height so a 1280×720 and a 3840×2160 figure look the same on the slide.
/// </summary>
internal static class FigureTheme
{
    /// <summary>Title text height as a fraction of the figure height (36 px at 900 px).</summary>
    public const double TitleFraction = 0.040;
    public const double LabelFraction = 0.032;
    public const double TickFraction = 0.025;
    public const double LegendFraction = 0.024;

    public static float Title(FigureSize size) => (float)(TextBasis(size) * TitleFraction);

    public static float Label(FigureSize size) => (float)(TextBasis(size) * LabelFraction);

    public static float Tick(FigureSize size) => (float)(TextBasis(size) * TickFraction);

    public static float Legend(FigureSize size) => (float)(TextBasis(size) * LegendFraction);

    /// <summary>Line width for data curves, scaled like the text.</summary>
    public static float Line(FigureSize size) => Math.Max(2f, (float)TextBasis(size) / 250f);

    /// <summary>
    /// The height text scales with: the figure height, but no more than a 16:9 figure of the same width
    /// would have, so square or portrait sizes get text that still fits across (for 16:9 it is the height).
    /// </summary>
    public static double TextBasis(FigureSize size) => Math.Min(size.Height, size.Width * 9.0 / 16.0);

    /// <summary>Styles one plot (or one panel of a multiplot) for a figure of the given size.</summary>
    public static void Apply(Plot plot, FigureSize size)
    {
        EmbeddedFonts.Register();
        plot.Font.Set(EmbeddedFonts.Family);
        plot.Axes.Title.Label.FontSize = Title(size);
        SetBold(plot.Axes.Title.Label, true);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = Label(size);
            SetBold(axis.Label, false);
            axis.TickLabelStyle.FontSize = Tick(size);
            axis.MajorTickStyle.Length = Tick(size) / 3;
        }
        plot.Legend.FontSize = Legend(size);
        plot.Legend.FontName = EmbeddedFonts.Family;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
    }

    /// <summary>
    /// Sets a ScottPlot label in the bundled font, bold or regular. ScottPlot 5.1 stores a concrete typeface in
    /// each label (<see cref="LabelStyle.Font"/>) when a plot's font is set or a label is created, and while it
    /// is there the <see cref="LabelStyle.Bold"/> flag is ignored (titles meant to be bold came out regular).
    /// Clearing it makes the label look its typeface up again by name and weight, through <see cref="EmbeddedFonts"/>.
    /// </summary>
    public static void SetBold(LabelStyle label, bool bold)
    {
        label.FontName = EmbeddedFonts.Family;
        label.Font = null!;
        label.Bold = bold;
    }
}
