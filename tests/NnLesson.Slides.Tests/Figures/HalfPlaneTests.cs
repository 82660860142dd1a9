using NnLesson.Figures.Common;
using ScottPlot;

namespace NnLesson.Slides.Tests.Figures;

public class HalfPlaneTests
{
    private static readonly PlaneBounds Square = new(0, 2, 0, 2);

    /// <summary>Shoelace formula: area = |Σ (xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)| / 2.</summary>
    private static double Area(Coordinates[] polygon)
    {
        var sum = 0.0;
        for (var i = 0; i < polygon.Length; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Length];
            sum += a.X * b.Y - b.X * a.Y;
        }
        return Math.Abs(sum) / 2;
    }

    [Fact]
    public void The_diagonal_line_cuts_off_the_corner_triangle()
    {
        // x₁ + x₂ − 1 = 0 on [0, 2]²: below it the triangle (0,0), (1,0), (0,1) of area ½; above it the rest, 3.5.
        var below = HalfPlane.Clip(Square, 1, 1, -1, positiveSide: false);
        var above = HalfPlane.Clip(Square, 1, 1, -1, positiveSide: true);
        Tolerance.Close(Area(below), 0.5, atol: 1e-12);
        Tolerance.Close(Area(above), 3.5, atol: 1e-12);
        Assert.Equal(3, below.Length);
        Assert.Equal(5, above.Length);
        var (start, end) = HalfPlane.Segment(Square, 1, 1, -1)!.Value;
        Assert.Equal(new[] { (0.0, 1.0), (1.0, 0.0) }.Order(), new[] { (start.X, start.Y), (end.X, end.Y) }.Order());
    }

    [Fact]
    public void Random_lines_split_the_rectangle_into_two_exact_parts()
    {
        var random = new Random(3);
        var bounds = new PlaneBounds(-0.5, 1.5, -0.5, 1.5);
        for (var k = 0; k < 200; k++)
        {
            double w1 = random.NextDouble() * 2 - 1, w2 = random.NextDouble() * 2 - 1, b = random.NextDouble() * 2 - 1;
            var positive = HalfPlane.Clip(bounds, w1, w2, b, true);
            var negative = HalfPlane.Clip(bounds, w1, w2, b, false);
            var total = (positive.Length > 0 ? Area(positive) : 0) + (negative.Length > 0 ? Area(negative) : 0);
            Tolerance.Close(total, bounds.Width * bounds.Height, atol: 1e-9, what: $"areas of line {k}");
            Assert.All(positive, p => Assert.True(w1 * p.X + w2 * p.Y + b >= -1e-12));
            Assert.All(negative, p => Assert.True(w1 * p.X + w2 * p.Y + b <= 1e-12));
            if (HalfPlane.Segment(bounds, w1, w2, b) is var (s, e))
            {
                Tolerance.AllClose([w1 * s.X + w2 * s.Y + b, w1 * e.X + w2 * e.Y + b], [0, 0], atol: 1e-12, rtol: 0, what: "segment ends on the line");
            }
            else
            {
                Assert.True(positive.Length == 0 || negative.Length == 0, "no segment, so one side must be the whole rectangle");
            }
        }
    }

    [Fact]
    public void A_line_outside_the_view_leaves_one_side_whole_and_no_segment()
    {
        // x₁ − 5 = 0 lies right of [0, 2]²: everything is on the negative side.
        Assert.Empty(HalfPlane.Clip(Square, 1, 0, -5, positiveSide: true));
        Tolerance.Close(Area(HalfPlane.Clip(Square, 1, 0, -5, positiveSide: false)), 4, atol: 1e-12);
        Assert.Null(HalfPlane.Segment(Square, 1, 0, -5));
        // w = 0: no line at all; z = b ≥ 0 everywhere.
        Assert.Null(HalfPlane.Segment(Square, 0, 0, 0.3));
        Tolerance.Close(Area(HalfPlane.Clip(Square, 0, 0, 0.3, positiveSide: true)), 4, atol: 1e-12);
    }
}
