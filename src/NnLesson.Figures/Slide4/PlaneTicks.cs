using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace NnLesson.Figures.Slide4;

/// <summary>Sparse, fixed tick marks for the input plane (e.g. −2, −1, 0, 1, 2), labelled with a true minus sign.</summary>
public static class PlaneTicks
{
    public static NumericManual Every(double step, double min, double max)
    {
        var ticks = new NumericManual();
        var first = Math.Ceiling(min / step - 1e-9);
        for (var k = first; k * step <= max + 1e-9; k++)
        {
            var value = k * step;
            ticks.AddMajor(value, Label(value));
        }
        return ticks;
    }

    /// <summary>"−1.5", "0", "2": shortest invariant form, with U+2212 instead of a hyphen.</summary>
    public static string Label(double value)
    {
        var text = Math.Abs(value).ToString("0.##", CultureInfo.InvariantCulture);
        return value < -1e-12 ? "−" + text : text;
    }

    /// <summary>Puts the same ticks on the bottom (x₁) and left (x₂) axes of <paramref name="plot"/>.</summary>
    public static void Apply(Plot plot, double step, double xMin, double xMax, double yMin, double yMax)
    {
        plot.Axes.Bottom.TickGenerator = Every(step, xMin, xMax);
        plot.Axes.Left.TickGenerator = Every(step, yMin, yMax);
    }
}
