using NnLesson.Figures.Output;
using NnLesson.Figures.Slide8;
using SkiaSharp;

namespace NnLesson.Figures.Slide7;

/// <summary>Shared frame of slide 7's figures: a white 16:9 surface, a centred title and subtitle, PNG output.</summary>
internal static class Slide7Surface
{
    public static SavedFigure Save(FigureSize size, string path, Action<SlideCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {size} surface.");
        surface.Canvas.Clear(SKColors.White);
        var canvas = new SlideCanvas(surface.Canvas, size);
        // Lay out on the 1600×900 design grid, centred when the figure is not 16:9.
        var offsetX = (size.Width - canvas.S(1600)) / 2;
        var offsetY = (size.Height - canvas.S(900)) / 2;
        surface.Canvas.Translate(offsetX, offsetY);
        draw(canvas);
        return PngOutput.Save(surface, size, path);
    }

    public static void Titles(SlideCanvas c, string title, string subtitle)
    {
        c.Text(title, c.S(800), c.S(52), 34, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Wrapped(subtitle, c.S(800), c.S(90), c.S(1500), 19, SlideCanvas.Muted, align: SKTextAlign.Center);
    }

    /// <summary>A design-grid rectangle in real pixels.</summary>
    public static SKRect R(SlideCanvas c, float x, float y, float w, float h) => SKRect.Create(c.S(x), c.S(y), c.S(w), c.S(h));

    /// <summary>Symmetric scale: the largest |v| of the maps, so 0 is white on the diverging colours.</summary>
    public static float AbsMax(params float[][] maps) => Math.Max(1e-6f, maps.SelectMany(m => m).Select(MathF.Abs).Max());
}
