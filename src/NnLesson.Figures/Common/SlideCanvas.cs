namespace NnLesson.Figures.Common;

/// <summary>
/// The one canvas every figure is drawn on: text in the bundled DejaVu Sans (Cyrillic), ScottPlot panels placed in a
/// box (<see cref="DrawPlot(ScottPlot.Plot, SKRect)"/>), pictures from <see cref="NnLesson.Vision.Images.RgbImage"/>,
/// heatmaps, arrows, lines and boxes, the slide heading; <see cref="SlideSurface"/> owns the pixels and writes the PNG
/// or takes an animation's frame. One unit system: every length is given in "design pixels" of a 1600×900 slide and
/// multiplied by <see cref="Scale"/> (= the text basis of <see cref="FigureTheme.TextBasis"/> / 900), so any 16:9 size
/// looks the same; <see cref="X"/> and <see cref="Y"/> place the design grid centred in a figure of another shape.
/// Its members by idea: this file (units, saving), <c>SlideCanvas.Text.cs</c> (heading and text in design pixels),
/// <c>SlideCanvas.Plots.cs</c> (ScottPlot panels and the text beside them, sized like their labels),
/// <c>SlideCanvas.Shapes.cs</c> (photos, heatmaps, boxes, lines, arrows).
/// </summary>
public sealed partial class SlideCanvas
{
    /// <summary>The design grid every length refers to.</summary>
    public const float DesignWidth = 1600, DesignHeight = 900;

    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x5A, 0x5A, 0x5A);
    public static readonly SKColor Frame = new(0xC8, 0xC8, 0xC8);
    public static readonly SKColor PanelFill = new(0xF6, 0xF6, 0xF6);

    // Where the design grid's corner lies on the canvas, in real pixels: the grid centred in a figure of another
    // shape, or (0, 0) when the canvas itself was moved there (SaveOnGrid).
    private readonly float _gridLeft, _gridTop;

    /// <summary>A canvas whose design grid is centred in the <paramref name="size"/> figure.</summary>
    public SlideCanvas(SKCanvas canvas, FigureSize size) : this(canvas, size, gridAtOrigin: false) { }

    internal SlideCanvas(SKCanvas canvas, FigureSize size, bool gridAtOrigin)
    {
        Canvas = canvas;
        Size = size;
        Scale = Math.Min(size.Width / 1600f, size.Height / 900f);
        _gridLeft = gridAtOrigin ? 0 : (size.Width - DesignWidth * Scale) / 2;
        _gridTop = gridAtOrigin ? 0 : (size.Height - DesignHeight * Scale) / 2;
    }

    public SKCanvas Canvas { get; }

    public FigureSize Size { get; }

    /// <summary>Design pixels → real pixels: the figure is laid out on a 1600-wide, 900-high design grid.</summary>
    public float Scale { get; }

    public float S(float designPixels) => designPixels * Scale;

    /// <summary>A design x (0 … 1600) in real pixels, the grid centred horizontally.</summary>
    public float X(float designX) => _gridLeft + designX * Scale;

    /// <summary>A design y (0 … 900) in real pixels, the grid centred vertically.</summary>
    public float Y(float designY) => _gridTop + designY * Scale;

    /// <summary>A rectangle of the design grid in real pixels.</summary>
    public SKRect Box(float designX, float designY, float designWidth, float designHeight) =>
        SKRect.Create(X(designX), Y(designY), S(designWidth), S(designHeight));

    /// <summary>
    /// A figure drawn on a white <paramref name="size"/> surface by <paramref name="draw"/>, written as PNG
    /// (atomically, see <see cref="PngOutput"/>): the one way a custom layout becomes a file. A figure that is mostly
    /// photographs says <paramref name="photographic"/> (<see cref="PngOutput.SavePhotographic"/>: faster, a little larger).
    /// </summary>
    public static SavedFigure Save(FigureSize size, string path, Action<SlideCanvas> draw, bool photographic = false) =>
        Render(size, path, draw, gridAtOrigin: false, photographic);

    /// <summary>
    /// As <see cref="Save"/>, with the canvas moved so the design grid's corner is its origin: a layout may then place
    /// things with <see cref="S"/> alone (slide 7's figures do), and <see cref="X"/>, <see cref="Y"/>, <see cref="Box"/>
    /// and <see cref="Heading"/> agree with it.
    /// </summary>
    public static SavedFigure SaveOnGrid(FigureSize size, string path, Action<SlideCanvas> draw, bool photographic = false) =>
        Render(size, path, draw, gridAtOrigin: true, photographic);

    private static SavedFigure Render(FigureSize size, string path, Action<SlideCanvas> draw, bool gridAtOrigin, bool photographic)
    {
        using var surface = new SlideSurface(size, gridAtOrigin);
        draw(surface.Canvas);
        return surface.Save(path, photographic);
    }

    /// <summary>The SkiaSharp colour of a ScottPlot colour (LessonColors are ScottPlot colours).</summary>
    public static SKColor ToSk(ScottPlot.Color color) => new(color.R, color.G, color.B, color.A);
}
