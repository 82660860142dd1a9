namespace NnLesson.Figures.Common;

/// <summary>The rectangle of the input plane (x₁, x₂) a 2-D figure shows.</summary>
public readonly record struct PlaneBounds(double XMin, double XMax, double YMin, double YMax)
{
    public double Width => XMax - XMin;

    public double Height => YMax - YMin;

    /// <summary>The smallest rectangle holding every point, grown by <paramref name="margin"/> of its size on each side.</summary>
    public static PlaneBounds Around(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, double margin = 0.15)
    {
        if (xs.Length == 0 || xs.Length != ys.Length)
        {
            throw new ArgumentException("Need the same positive number of x and y values.");
        }
        double xMin = double.MaxValue, xMax = double.MinValue, yMin = double.MaxValue, yMax = double.MinValue;
        for (var i = 0; i < xs.Length; i++)
        {
            xMin = Math.Min(xMin, xs[i]);
            xMax = Math.Max(xMax, xs[i]);
            yMin = Math.Min(yMin, ys[i]);
            yMax = Math.Max(yMax, ys[i]);
        }
        var dx = Math.Max(xMax - xMin, 1e-9) * margin;
        var dy = Math.Max(yMax - yMin, 1e-9) * margin;
        return new PlaneBounds(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }
}
