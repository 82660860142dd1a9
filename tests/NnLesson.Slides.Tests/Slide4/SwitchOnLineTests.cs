using NnLesson.Figures.Common;
using NnLesson.Figures.Slide4;

namespace NnLesson.Slides.Tests.Slide4;

public class SwitchOnLineTests
{
    private static readonly PlaneBounds Square = new(-2, 2, -2, 2);

    [Fact]
    public void Vertical_line_spans_the_plane_from_bottom_to_top()
    {
        // z = 1·x₁ + 0·x₂ + 0 = 0 is the x₂ axis.
        var line = SwitchOnLine.Clip(1, 0, 0, Square);
        Assert.NotNull(line);
        var ends = new[] { line.Value.Start, line.Value.End }.OrderBy(p => p.Y).ToArray();
        Tolerance.AllClose([ends[0].X, ends[0].Y, ends[1].X, ends[1].Y], [0, -2, 0, 2], atol: 1e-12, rtol: 0, "ends of x₁ = 0");
    }

    [Fact]
    public void Shifted_sloped_line_ends_on_the_edges_it_crosses()
    {
        // x₁ + 2·x₂ − 1 = 0 → x₂ = (1 − x₁)/2: at x₁ = −2, x₂ = 1.5; at x₁ = 2, x₂ = −0.5 (both inside, hand-computed).
        var line = SwitchOnLine.Clip(1, 2, -1, Square)!.Value;
        var ends = new[] { line.Start, line.End }.OrderBy(p => p.X).ToArray();
        Tolerance.AllClose([ends[0].X, ends[0].Y, ends[1].X, ends[1].Y], [-2, 1.5, 2, -0.5], atol: 1e-12, rtol: 0, "ends");
        foreach (var p in ends)
        {
            Tolerance.Close(1 * p.X + 2 * p.Y - 1, 0, atol: 1e-12, what: "z at an end");
        }
    }

    [Fact]
    public void Diagonal_through_two_corners_is_the_whole_diagonal()
    {
        // x₁ − x₂ = 0 meets all four edges only at the corners (−2, −2) and (2, 2).
        var line = SwitchOnLine.Clip(1, -1, 0, Square)!.Value;
        var length = Math.Sqrt(Math.Pow(line.End.X - line.Start.X, 2) + Math.Pow(line.End.Y - line.Start.Y, 2));
        Tolerance.Close(length, 4 * Math.Sqrt(2), atol: 1e-12, what: "diagonal length");
    }

    [Theory]
    [InlineData(1, 0, 5)]   // x₁ = −5: left of the plane
    [InlineData(0, 1, -3)]  // x₂ = 3: above the plane
    [InlineData(0, 0, -1)]  // w = 0: z = −1 everywhere, there is no line
    [InlineData(0, 0, 0)]   // w = 0 and b = 0: z = 0 everywhere, still no line to draw
    public void No_line_when_it_misses_the_plane_or_the_weights_are_zero(double w1, double w2, double b)
    {
        Assert.Null(SwitchOnLine.Clip(w1, w2, b, Square));
    }
}
