using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// A saved figure and where its plots landed: for each panel the data rectangle (figure pixels, y down)
/// and the axis limits it shows. Tests use <see cref="PixelOf"/> to look at the pixel of a known data point.
/// </summary>
public sealed record FigurePanels(SavedFigure Figure, IReadOnlyList<PixelRect> DataRects, IReadOnlyList<AxisLimits> Limits)
{
    /// <summary>The figure pixel showing the data point (x, y) of panel <paramref name="panel"/>, by linear interpolation.</summary>
    public Pixel PixelOf(int panel, double x, double y)
    {
        var rect = DataRects[panel];
        var limits = Limits[panel];
        var fx = (x - limits.Left) / (limits.Right - limits.Left);
        var fy = (limits.Top - y) / (limits.Top - limits.Bottom);
        return new Pixel(rect.Left + fx * rect.Width, rect.Top + fy * rect.Height);
    }
}
