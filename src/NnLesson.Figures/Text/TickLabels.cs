using ScottPlot;
using ScottPlot.TickGenerators;

namespace NnLesson.Figures.Text;

/// <summary>
/// ScottPlot tick labels written by <see cref="NumberText.TickLabel"/>: "0,25" and "−1,5" in Ukrainian,
/// "0.25" and "−1.5" in English, "2000" but "10 000" (ScottPlot's own labels would print "2,000" and a hyphen).
/// </summary>
internal static class TickLabels
{
    /// <summary>The label formatter ScottPlot's tick generators call for every tick.</summary>
    public static Func<double, string> Formatter(Lang lang) => value => NumberText.TickLabel(value, lang);

    /// <summary>ScottPlot's automatic tick placement with the language's labels.</summary>
    public static NumericAutomatic Automatic(Lang lang) => new() { LabelFormatter = Formatter(lang) };

    /// <summary>Automatic ticks with the language's labels on the bottom and left axes of <paramref name="plot"/>.</summary>
    public static void UseAutomatic(Plot plot, Lang lang)
    {
        plot.Axes.Bottom.TickGenerator = Automatic(lang);
        plot.Axes.Left.TickGenerator = Automatic(lang);
    }
}
