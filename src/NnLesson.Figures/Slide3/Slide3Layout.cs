using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// Where things go on a slide-3 figure, in figure pixels (origin top left): the input-plane panel on the
/// left, whose data area is an exact square (so the learned line is drawn at its true angle), and the
/// side column on the right for text and, for XOR, the error chart. Tests use <see cref="PlaneData"/>
/// to find the pixel of a point (x₁, x₂). Its distances are design pixels of the 1600×900 grid times
/// <see cref="Scale"/>, as on <see cref="SlideCanvas"/>, where the figures draw these rectangles.
/// </summary>
internal readonly record struct Slide3Layout(FigureSize Size, PixelRect PlanePanel, PixelRect PlaneData, PixelRect Side)
{
    /// <summary>The part of the input plane the figure shows: the unit square with half a unit of margin.</summary>
    public static readonly Common.PlaneBounds Visible = new(-0.5, 1.5, -0.5, 1.5);

    /// <summary>The plane panel takes at most this share of the figure width.</summary>
    private const float MaxPlaneShare = 0.55f;

    public static Slide3Layout For(FigureSize size)
    {
        var u = Math.Min(size.Height, size.Width * 9 / 16) / 900f; // pixel distances below are for a 900 px tall 16:9 figure
        float top = 80 * u, bottom = 105 * u, left = 135 * u, right = 35 * u;
        var side = Math.Min(size.Height - top - bottom, size.Width * MaxPlaneShare - left - right);
        side = MathF.Floor(Math.Max(side, 50));
        var spareHeight = size.Height - top - bottom - side;   // centre the square vertically when width limits it
        var dataTop = top + spareHeight / 2;
        var panelWidth = left + side + right;
        var planePanel = new PixelRect(0, panelWidth, size.Height, 0);
        var planeData = new PixelRect(left, left + side, dataTop + side, dataTop);
        var sideColumn = new PixelRect(panelWidth, size.Width, size.Height, 0);
        return new Slide3Layout(size, planePanel, planeData, sideColumn);
    }

    /// <summary>Padding that makes ScottPlot put the plane's data area exactly at <see cref="PlaneData"/>.</summary>
    public PixelPadding PlanePadding => new(
        PlaneData.Left - PlanePanel.Left,
        PlanePanel.Right - PlaneData.Right,
        PlanePanel.Bottom - PlaneData.Bottom,
        PlaneData.Top - PlanePanel.Top);

    /// <summary>The pixel (column, row) of the plane point (x₁, x₂).</summary>
    public (float X, float Y) PixelOf(double x1, double x2)
    {
        var v = Visible;
        var px = PlaneData.Left + (float)((x1 - v.XMin) / v.Width) * PlaneData.Width;
        var py = PlaneData.Bottom - (float)((x2 - v.YMin) / v.Height) * PlaneData.Height;
        return (px, py);
    }

    /// <summary>
    /// The size text and markers are scaled for: the figure itself when it is 16:9 or wider, otherwise the
    /// 16:9 figure of the same width, so a square or portrait figure does not get text too big for its width.
    /// Pass this (not <see cref="Size"/>) to <see cref="Style.FigureTheme"/>.
    /// </summary>
    public FigureSize TextSize => new(Size.Width, Math.Min(Size.Height, Size.Width * 9 / 16));

    /// <summary>Pixel distances are given for a 900 px tall 16:9 figure and multiplied by this.</summary>
    public float Scale => TextSize.Height / 900f;
}
