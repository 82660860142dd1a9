using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// Exact geometry of a straight decision boundary inside the visible rectangle. The perceptron's line
/// f(x₁, x₂) = w₁·x₁ + w₂·x₂ + b = 0 cuts the rectangle into two convex polygons: y = 1 where f ≥ 0 and
/// y = 0 where f &lt; 0. Drawing those polygons (instead of colouring a sampled grid) gives edges that
/// lie exactly on the line at any figure size. Shared by the perceptron (slide 3) and the ReLU switch-on
/// lines of slide 4.
/// </summary>
internal static class HalfPlane
{
    /// <summary>
    /// The part of <paramref name="bounds"/> where f ≥ 0 (<paramref name="positiveSide"/> true) or f &lt; 0,
    /// as polygon corners in order (Sutherland–Hodgman clipping of the rectangle by one half-plane).
    /// Empty when that side does not reach into the rectangle.
    /// </summary>
    public static Coordinates[] Clip(PlaneBounds bounds, double w1, double w2, double b, bool positiveSide)
    {
        var sign = positiveSide ? 1.0 : -1.0;
        double F(Coordinates p) => sign * (w1 * p.X + w2 * p.Y + b);
        bool Inside(double f) => positiveSide ? f >= 0 : f > 0;

        var corners = Corners(bounds);
        var polygon = new List<Coordinates>();
        for (var i = 0; i < corners.Length; i++)
        {
            var current = corners[i];
            var next = corners[(i + 1) % corners.Length];
            double fc = F(current), fn = F(next);
            if (Inside(fc))
            {
                AddDistinct(polygon, current);
            }
            if (Inside(fc) != Inside(fn))
            {
                // The edge crosses the line where the linear f changes sign: at fraction fc / (fc − fn).
                AddDistinct(polygon, Lerp(current, next, fc / (fc - fn)));
            }
        }
        if (polygon.Count > 1 && polygon[0].Equals(polygon[^1]))
        {
            polygon.RemoveAt(polygon.Count - 1);
        }
        return polygon.Count >= 3 ? [.. polygon] : [];
    }

    /// <summary>
    /// The visible piece of the line f = 0: its two ends on the rectangle's border, or null when the line
    /// misses the rectangle (or w₁ = w₂ = 0, when there is no line at all).
    /// </summary>
    public static (Coordinates Start, Coordinates End)? Segment(PlaneBounds bounds, double w1, double w2, double b)
    {
        if (w1 == 0 && w2 == 0)
        {
            return null;
        }
        double F(Coordinates p) => w1 * p.X + w2 * p.Y + b;
        var corners = Corners(bounds);
        var crossings = new List<Coordinates>();
        for (var i = 0; i < corners.Length; i++)
        {
            var a = corners[i];
            var c = corners[(i + 1) % corners.Length];
            double fa = F(a), fc = F(c);
            if (fa == 0)
            {
                AddDistinct(crossings, a);
            }
            else if (fa * fc < 0)
            {
                AddDistinct(crossings, Lerp(a, c, fa / (fa - fc)));
            }
        }
        if (crossings.Count < 2)
        {
            return null; // Misses the rectangle or only touches one corner.
        }
        // A line meets a convex rectangle in one segment; with a corner counted twice keep the farthest pair.
        var best = (crossings[0], crossings[1]);
        for (var i = 0; i < crossings.Count; i++)
        {
            for (var j = i + 1; j < crossings.Count; j++)
            {
                if (Distance(crossings[i], crossings[j]) > Distance(best.Item1, best.Item2))
                {
                    best = (crossings[i], crossings[j]);
                }
            }
        }
        return best;
    }

    private static Coordinates[] Corners(PlaneBounds r) =>
        [new(r.XMin, r.YMin), new(r.XMax, r.YMin), new(r.XMax, r.YMax), new(r.XMin, r.YMax)];

    private static Coordinates Lerp(Coordinates a, Coordinates b, double t) => new(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y));

    private static double Distance(Coordinates a, Coordinates b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static void AddDistinct(List<Coordinates> points, Coordinates p)
    {
        if (points.Count == 0 || Distance(points[^1], p) > 1e-12)
        {
            points.Add(p);
        }
    }
}
