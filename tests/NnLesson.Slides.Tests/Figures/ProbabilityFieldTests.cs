using NnLesson.Core.Activations;
using NnLesson.Figures.Common;
using NnLesson.Figures.Output;
using NnLesson.Figures.Style;
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

    [Fact]
    public void The_boundary_is_drawn_at_p_one_half_even_when_the_field_range_is_lopsided()
    {
        // p = 0.3 + 0.65·σ(4·x₁) ranges over about (0.3, 0.95), so the middle of its range (≈ 0.62) is not 0.5.
        // p = 0.5 where σ(4·x₁) = 0.2 / 0.65, i.e. x₁ = ln(0.2 / 0.45) / 4 = −0.2027 (hand-computed);
        // the middle of the range would put the line near x₁ = 0.
        var size = new FigureSize(800, 450);
        var bounds = new PlaneBounds(-2, 2, -1, 1);
        var field = ProbabilityField.Evaluate(x => Enumerable.Range(0, x.Rows).Select(i => 0.3 + 0.65 * Sigmoid.Apply(4 * x[i, 0])).ToArray(), bounds);
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        ProbabilityField.AddBoundary(plot, field, bounds, size);
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        var path = Path.Combine(RepoPaths.NewTempFolder(), "lopsided.png");
        PngOutput.Save(plot, size, path);

        using var bitmap = PngAssert.Decode(path);
        var y = (int)plot.LastRender.DataRect.VerticalCenter;
        // The darkest column along the middle row is where the contour crosses it.
        var darkest = Enumerable.Range((int)plot.LastRender.DataRect.Left + 5, (int)plot.LastRender.DataRect.Width - 10)
            .MinBy(x => { var c = bitmap.GetPixel(x, y); return c.Red + c.Green + c.Blue; });
        var x1 = plot.GetCoordinates(new Pixel(darkest, y)).X;
        Tolerance.Close(x1, Math.Log(0.2 / 0.45) / 4, atol: 0.03, what: "x₁ of the drawn p = 0.5 line");
    }
}
