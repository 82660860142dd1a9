using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;

namespace NnLesson.Playground.Model;

/// <summary>
/// The square part of the plane (x₁ from XMin to XMin + Size, x₂ from YMin to YMin + Size) the page draws, and its
/// sampling grid: cell centres of an n×n grid, row 0 at the top (largest x₂), as a canvas stores pixels.
/// </summary>
public readonly record struct PlaneView(double XMin, double YMin, double Size)
{
    public double XMax => XMin + Size;

    public double YMax => YMin + Size;

    /// <summary>The smallest square around every point, grown by 15 % of its side on each side.</summary>
    public static PlaneView Around(Dataset2D points)
    {
        double xMin = double.MaxValue, xMax = double.MinValue, yMin = double.MaxValue, yMax = double.MinValue;
        for (var i = 0; i < points.Count; i++)
        {
            xMin = Math.Min(xMin, points.X[i, 0]);
            xMax = Math.Max(xMax, points.X[i, 0]);
            yMin = Math.Min(yMin, points.X[i, 1]);
            yMax = Math.Max(yMax, points.X[i, 1]);
        }
        var side = Math.Max(Math.Max(xMax - xMin, yMax - yMin), 1e-6) * 1.3;
        return new PlaneView((xMin + xMax - side) / 2, (yMin + yMax - side) / 2, side);
    }

    public bool Contains(double x, double y) => x >= XMin && x <= XMax && y >= YMin && y <= YMax;

    /// <summary>Grid points G: [n·n, 2], row-major from the top-left cell, (x₁, x₂) of each cell's centre.</summary>
    public Matrix Grid(int n)
    {
        var g = new Matrix(n * n, 2);
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col < n; col++)
            {
                g[row * n + col, 0] = XMin + (col + 0.5) / n * Size;
                g[row * n + col, 1] = YMax - (row + 0.5) / n * Size;
            }
        }
        return g;
    }
}
