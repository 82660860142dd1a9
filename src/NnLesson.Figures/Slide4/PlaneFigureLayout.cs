using NnLesson.Figures.Common;
using NnLesson.Figures.Output;
using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// A saved figure of the input plane and where it put the plane: one data rectangle per panel (figure
/// pixels, y down), all showing <see cref="Bounds"/>. Tests use it to look at the pixel of a known (x₁, x₂).
/// </summary>
public sealed record PlaneFigureLayout(SavedFigure Figure, PlaneBounds Bounds, IReadOnlyList<PixelRect> DataRects)
{
    /// <summary>The figure pixel showing the point (x₁, x₂) in panel <paramref name="panel"/>.</summary>
    public Pixel PixelOf(int panel, double x1, double x2)
    {
        var rect = DataRects[panel];
        var fx = (x1 - Bounds.XMin) / Bounds.Width;
        var fy = (Bounds.YMax - x2) / Bounds.Height;
        return new Pixel(rect.Left + fx * rect.Width, rect.Top + fy * rect.Height);
    }
}
