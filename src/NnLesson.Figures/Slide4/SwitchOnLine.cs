using NnLesson.Figures.Common;
using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// The line where a ReLU unit switches on: z = w₁·x₁ + w₂·x₂ + b = 0. On one side z &lt; 0 and
/// h = max(0, z) = 0; on the other h grows linearly with the distance from the line.
/// </summary>
public static class SwitchOnLine
{
    /// <summary>
    /// The part of the line w₁·x₁ + w₂·x₂ + b = 0 inside <paramref name="bounds"/>, as its two end points,
    /// or null when the line misses the rectangle (or w = 0, when z is the constant b everywhere).
    /// </summary>
    public static CoordinateLine? Clip(double w1, double w2, double b, PlaneBounds bounds)
    {
        const double eps = 1e-12;
        var hits = new List<Coordinates>();
        void Add(double x, double y)
        {
            var inside = x >= bounds.XMin - eps && x <= bounds.XMax + eps && y >= bounds.YMin - eps && y <= bounds.YMax + eps;
            if (inside && !hits.Any(p => Math.Abs(p.X - x) < 1e-9 && Math.Abs(p.Y - y) < 1e-9))
            {
                hits.Add(new Coordinates(x, y));
            }
        }
        // Where the line crosses each edge: solve for the free coordinate on x₁ = const or x₂ = const.
        if (Math.Abs(w2) > eps)
        {
            Add(bounds.XMin, -(w1 * bounds.XMin + b) / w2);
            Add(bounds.XMax, -(w1 * bounds.XMax + b) / w2);
        }
        if (Math.Abs(w1) > eps)
        {
            Add(-(w2 * bounds.YMin + b) / w1, bounds.YMin);
            Add(-(w2 * bounds.YMax + b) / w1, bounds.YMax);
        }
        if (hits.Count < 2)
        {
            return null;
        }
        // A line through a corner can hit up to four edge points; the two farthest apart are the ends.
        var (start, end) = (hits[0], hits[1]);
        var best = -1.0;
        for (var i = 0; i < hits.Count; i++)
        {
            for (var j = i + 1; j < hits.Count; j++)
            {
                var d = Math.Sqrt(Math.Pow(hits[i].X - hits[j].X, 2) + Math.Pow(hits[i].Y - hits[j].Y, 2));
                if (d > best)
                {
                    (best, start, end) = (d, hits[i], hits[j]);
                }
            }
        }
        return best > 1e-9 ? new CoordinateLine(start, end) : null;
    }
}
