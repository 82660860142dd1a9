using ScottPlot;
using ScottPlot.TickGenerators;

namespace NnLesson.Figures.Common;

/// <summary>
/// Sparse, fixed tick marks at multiples of a step (e.g. −2, −1, 0, 1, 2), labelled by <see cref="NumberText.TickLabel"/>
/// in the figure's language (true minus sign, "0,5" in Ukrainian, "0.5" in English).
/// </summary>
internal static class FixedTicks
{
    public static NumericManual Every(double step, double min, double max, Lang lang)
    {
        var ticks = new NumericManual();
        var first = Math.Ceiling(min / step - 1e-9);
        for (var k = first; k * step <= max + 1e-9; k++)
        {
            var value = k * step;
            ticks.AddMajor(value, NumberText.TickLabel(value, lang));
        }
        return ticks;
    }

    /// <summary>Puts ticks every <paramref name="step"/> on the bottom and left axes of <paramref name="plot"/>.</summary>
    public static void Apply(Plot plot, double step, double xMin, double xMax, double yMin, double yMax, Lang lang)
    {
        plot.Axes.Bottom.TickGenerator = Every(step, xMin, xMax, lang);
        plot.Axes.Left.TickGenerator = Every(step, yMin, yMax, lang);
    }

    /// <summary>A round step (1, 2, 2.5 or 5 × 10ᵏ) giving about <paramref name="count"/> ticks over <paramref name="span"/>.</summary>
    public static double NiceStep(double span, int count = 5)
    {
        var raw = span / Math.Max(1, count);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1.0, 2.0, 2.5, 5.0 })
        {
            if (m * magnitude >= raw)
            {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
