namespace NnLesson.Figures.Common;

/// <summary>
/// The white pixels a <see cref="SlideCanvas"/> draws on (RGBA, premultiplied): written once as a PNG
/// (<see cref="Save"/>, atomically through <see cref="PngOutput"/>), or read as one animation frame after another
/// (<see cref="Snapshot"/>; a frame clears it with <see cref="Clear"/> before it draws).
/// </summary>
internal sealed class SlideSurface : IDisposable
{
    private readonly SKSurface _surface;

    /// <summary>
    /// A white <paramref name="size"/> surface. With <paramref name="gridAtOrigin"/> the canvas is moved so the design
    /// grid's corner is its origin (see <see cref="SlideCanvas.SaveOnGrid"/>); otherwise the grid is centred in it.
    /// </summary>
    public SlideSurface(FigureSize size, bool gridAtOrigin = false)
    {
        Size = size;
        _surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {size} surface.");
        _surface.Canvas.Clear(SKColors.White);
        var canvas = new SlideCanvas(_surface.Canvas, size);
        if (gridAtOrigin)
        {
            _surface.Canvas.Translate(canvas.X(0), canvas.Y(0));
            canvas = new SlideCanvas(_surface.Canvas, size, gridAtOrigin: true);
        }
        Canvas = canvas;
    }

    public FigureSize Size { get; }

    public SlideCanvas Canvas { get; }

    /// <summary>Back to white, for the next frame of an animation.</summary>
    public void Clear() => _surface.Canvas.Clear(SKColors.White);

    /// <summary>The figure as drawn so far, e.g. one frame of an animation.</summary>
    public SKImage Snapshot() => _surface.Snapshot();

    /// <summary>
    /// Encodes the figure as PNG and writes it atomically. A figure that is mostly photographs says
    /// <paramref name="photographic"/> (<see cref="PngOutput.SavePhotographic"/>: faster, a little larger).
    /// </summary>
    public SavedFigure Save(string path, bool photographic = false) =>
        photographic ? PngOutput.SavePhotographic(_surface, Size, path) : PngOutput.Save(_surface, Size, path);

    public void Dispose() => _surface.Dispose();
}
