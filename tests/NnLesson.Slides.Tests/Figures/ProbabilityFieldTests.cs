using NnLesson.Core.Activations;
using NnLesson.Figures;
using NnLesson.Figures.Common;
using NnLesson.Figures.Output;
using NnLesson.Figures.Style;
using NnLesson.Tests.Shared;
using ScottPlot;

namespace NnLesson.Slides.Tests.Figures;

public class ProbabilityFieldTests
{
    [Fact]
    public void Field_rows_run_from_top_to_bottom_and_columns_left_to_right()
    {
        var bounds = new PlaneBounds(-1, 1, -1, 1);
        // p = x₂ restricted to [0,1] → the top row must be larger than the bottom row.
        var field = ProbabilityField.Evaluate(x => Enumerable.Range(0, x.Rows).Select(i => (x[i, 1] + 1) / 2).ToArray(), bounds, cols: 4, rows: 4);
        Assert.True(field[0, 0] > field[3, 0]);
        Tolerance.Close(field[0, 0], (1 - 0.25 + 1) / 2, atol: 1e-12);
        var byColumn = ProbabilityField.Evaluate(x => Enumerable.Range(0, x.Rows).Select(i => (x[i, 0] + 1) / 2).ToArray(), bounds, cols: 4, rows: 4);
        Assert.True(byColumn[0, 3] > byColumn[0, 0]);
    }

    [Fact]
    public void The_two_sides_of_a_boundary_differ_in_colour()
    {
        var size = new FigureSize(800, 450);
        var bounds = new PlaneBounds(-2, 2, -1, 1);
        // Class 1 to the right of x₁ = 0: p = σ(4·x₁).
        var field = ProbabilityField.Evaluate(x => Enumerable.Range(0, x.Rows).Select(i => Sigmoid.Apply(4 * x[i, 0])).ToArray(), bounds);
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        ProbabilityField.AddBackground(plot, field, bounds);
        ProbabilityField.AddBoundary(plot, field, bounds, size);
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        var path = Path.Combine(RepoPaths.NewTempFolder(), "field.png");
        PngOutput.Save(plot, size, path);

        using var bitmap = PngAssert.Decode(path);
        var dataRect = plot.LastRender.DataRect;
        var y = (int)dataRect.VerticalCenter;
        var left = bitmap.GetPixel((int)(dataRect.Left + dataRect.Width * 0.1), y);
        var right = bitmap.GetPixel((int)(dataRect.Left + dataRect.Width * 0.9), y);
        Assert.True(left.Blue > left.Red + 40, $"left side should be blue-tinted, was {left}");
        Assert.True(right.Red > right.Blue + 40, $"right side should be vermillion-tinted, was {right}");
    }
}
