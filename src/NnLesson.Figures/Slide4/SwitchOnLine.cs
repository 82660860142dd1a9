using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// The line where a ReLU unit switches on: z = w₁·x₁ + w₂·x₂ + b = 0. On one side z &lt; 0 and
/// h = max(0, z) = 0; on the other h grows linearly with the distance from the line.
/// </summary>
internal static class SwitchOnLine
{
    /// <summary>
    /// The part of the line w₁·x₁ + w₂·x₂ + b = 0 inside <paramref name="bounds"/>, as its two end points,
    /// or null when the line misses the rectangle (or w = 0, when z is the constant b everywhere).
    /// </summary>
    public static CoordinateLine? Clip(double w1, double w2, double b, PlaneBounds bounds) =>
        HalfPlane.Segment(bounds, w1, w2, b) is { } segment ? new CoordinateLine(segment.Start, segment.End) : null;
}
