using NnLesson.Vision.Images;

namespace NnLesson.Figures.Common;

/// <summary>
/// The canvas of the custom slide layouts (slides 6, 7, 8 and teach): text in the bundled DejaVu Sans (Cyrillic),
/// pictures from <see cref="RgbImage"/>, heatmaps, arrows, lines and boxes, the slide heading, PNG output.
/// One unit system: every length is given in "design pixels" of a 1600×900 slide and multiplied by
/// <see cref="Scale"/> (= the text basis of <see cref="FigureTheme.TextBasis"/> / 900), so any 16:9 size looks the
/// same; <see cref="X"/> and <see cref="Y"/> place the design grid centred in a figure of another shape.
/// </summary>
public sealed class SlideCanvas
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

    private SlideCanvas(SKCanvas canvas, FigureSize size, bool gridAtOrigin)
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
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {size} surface.");
        surface.Canvas.Clear(SKColors.White);
        var canvas = new SlideCanvas(surface.Canvas, size);
        if (gridAtOrigin)
        {
            surface.Canvas.Translate(canvas.X(0), canvas.Y(0));
            canvas = new SlideCanvas(surface.Canvas, size, gridAtOrigin: true);
        }
        draw(canvas);
        return photographic ? PngOutput.SavePhotographic(surface, size, path) : PngOutput.Save(surface, size, path);
    }

    /// <summary>
    /// The heading every slide layout starts with: the title centred in bold (34 design pixels, baseline at 50) and
    /// under it the subtitle (20, baseline at 86) in grey or <paramref name="subtitleColor"/> (a warning), shortened
    /// with "…" to the slide's width, or with <paramref name="wrapSubtitle"/> word-wrapped onto as many lines as it takes
    /// (slide 7's subtitles carry a sentence of explanation).
    /// </summary>
    public void Heading(string title, string subtitle, SKColor? subtitleColor = null, bool wrapSubtitle = false)
    {
        var width = S(DesignWidth - 60);
        Text(Ellipsize(title, width, 34, bold: true), X(DesignWidth / 2), Y(50), 34, Ink, bold: true, align: SKTextAlign.Center);
        if (wrapSubtitle)
        {
            Wrapped(subtitle, X(DesignWidth / 2), Y(86), width, 20, subtitleColor ?? Muted, align: SKTextAlign.Center);
        }
        else
        {
            Text(Ellipsize(subtitle, width, 20), X(DesignWidth / 2), Y(86), 20, subtitleColor ?? Muted, align: SKTextAlign.Center);
        }
    }

    public SKFont Font(float designSize, bool bold = false) => new(EmbeddedFonts.Typeface(bold), S(designSize)) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public float TextWidth(string text, float designSize, bool bold = false)
    {
        using var font = Font(designSize, bold);
        return font.MeasureText(text);
    }

    /// <summary>Draws one line of text with its baseline at (x, y) real pixels.</summary>
    public void Text(string text, float x, float y, float designSize, SKColor color, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = Font(designSize, bold);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        Canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>
    /// Draws text word-wrapped to <paramref name="maxWidth"/>, first baseline at y; returns the y below the last line.
    /// Line height is 1.3 × the font size.
    /// </summary>
    public float Wrapped(string text, float x, float y, float maxWidth, float designSize, SKColor color, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        var lines = WrapLines(text, maxWidth, designSize, bold);
        var step = S(designSize) * 1.3f;
        foreach (var line in lines)
        {
            Text(line, x, y, designSize, color, bold, align);
            y += step;
        }
        return y - step + S(designSize) * 0.35f;
    }

    /// <summary>Shortens text with "…" so it fits <paramref name="maxWidth"/> (long class or layer names).</summary>
    public string Ellipsize(string text, float maxWidth, float designSize, bool bold = false)
    {
        if (TextWidth(text, designSize, bold) <= maxWidth)
        {
            return text;
        }
        var cut = text.Length;
        while (cut > 1 && TextWidth(text[..cut] + "…", designSize, bold) > maxWidth)
        {
            cut--;
        }
        return text[..cut] + "…";
    }

    /// <summary>Splits on spaces (and explicit '\n') so no line is wider than <paramref name="maxWidth"/>, unless a single word is.</summary>
    public List<string> WrapLines(string text, float maxWidth, float designSize, bool bold = false)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && TextWidth(candidate, designSize, bold) > maxWidth)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Draws an RGB image scaled into <paramref name="target"/> (the caller keeps the aspect ratio).</summary>
    public void Image(RgbImage image, SKRect target, bool smooth = true)
    {
        using var skImage = ToSkImage(image);
        Canvas.DrawImage(skImage, target, Sampling(smooth));
    }

    /// <summary>
    /// Draws a map M: [height, width] row-major as a heatmap into <paramref name="target"/>, each value coloured by
    /// <paramref name="color"/>. Nearest-neighbour sampling: every tensor element stays a visible square.
    /// </summary>
    public void Heatmap(ReadOnlySpan<float> map, int width, int height, Func<float, SKColor> color, SKRect target)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var c = color(map[i]);
            rgba[4 * i] = c.Red;
            rgba[4 * i + 1] = c.Green;
            rgba[4 * i + 2] = c.Blue;
            rgba[4 * i + 3] = 255;
        }
        using var image = SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque), rgba, width * 4);
        Canvas.DrawImage(image, target, Sampling(smooth: false));
    }

    public void Rect(SKRect rect, SKColor? fill, SKColor? stroke, float designStroke = 1.5f, float designRadius = 0, bool dashed = false)
    {
        if (fill is { } f)
        {
            using var paint = new SKPaint { Color = f, IsAntialias = true, Style = SKPaintStyle.Fill };
            Canvas.DrawRoundRect(rect, S(designRadius), S(designRadius), paint);
        }
        if (stroke is { } s)
        {
            using var effect = dashed ? SKPathEffect.CreateDash([S(10), S(7)], 0) : null;
            using var paint = new SKPaint { Color = s, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = S(designStroke), PathEffect = effect };
            Canvas.DrawRoundRect(rect, S(designRadius), S(designRadius), paint);
        }
    }

    /// <summary>A straight line from (x0, y0) to (x1, y1) real pixels, solid or dashed.</summary>
    public void Line(float x0, float y0, float x1, float y1, SKColor color, float designWidth = 1.5f, bool dashed = false)
    {
        using var effect = dashed ? SKPathEffect.CreateDash([S(10), S(7)], 0) : null;
        using var paint = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = S(designWidth), PathEffect = effect };
        Canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    /// <summary>A thick horizontal arrow from x0 to x1 at height y (the flow of data between stages).</summary>
    public void Arrow(float x0, float x1, float y, SKColor color, float designWidth = 7)
    {
        var head = S(designWidth * 2.6f);
        using var paint = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = S(designWidth), StrokeCap = SKStrokeCap.Round };
        Canvas.DrawLine(x0, y, x1 - head * 0.8f, y, paint);
        using var path = new SKPath();
        path.MoveTo(x1, y);
        path.LineTo(x1 - head, y - head * 0.6f);
        path.LineTo(x1 - head, y + head * 0.6f);
        path.Close();
        paint.Style = SKPaintStyle.Fill;
        Canvas.DrawPath(path, paint);
    }

    /// <summary>A horizontal colour bar: <paramref name="color"/>(t) for t from 0 (left) to 1 (right).</summary>
    public void ColorBar(SKRect rect, Func<float, SKColor> color)
    {
        var steps = Math.Max(2, (int)rect.Width);
        using var paint = new SKPaint { Style = SKPaintStyle.Fill };
        for (var i = 0; i < steps; i++)
        {
            paint.Color = color((i + 0.5f) / steps);
            Canvas.DrawRect(rect.Left + i * rect.Width / steps, rect.Top, rect.Width / steps + 1, rect.Height, paint);
        }
        Rect(rect, null, Muted, 1);
    }

    /// <summary>The largest rectangle of the given aspect ratio centred in <paramref name="box"/>.</summary>
    public static SKRect Fit(SKRect box, float width, float height)
    {
        var scale = Math.Min(box.Width / width, box.Height / height);
        var w = width * scale;
        var h = height * scale;
        return SKRect.Create(box.MidX - w / 2, box.MidY - h / 2, w, h);
    }

    private static SKSamplingOptions Sampling(bool smooth) =>
        // Smooth: trilinear with mipmaps, so a 1500-pixel photo shrunk to 300 does not alias.
        smooth ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear) : new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None);

    private static SKImage ToSkImage(RgbImage image)
    {
        var rgba = new byte[image.Width * image.Height * 4];
        for (int i = 0, j = 0; i < image.Pixels.Length; i += 3, j += 4)
        {
            rgba[j] = image.Pixels[i];
            rgba[j + 1] = image.Pixels[i + 1];
            rgba[j + 2] = image.Pixels[i + 2];
            rgba[j + 3] = 255;
        }
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        return SKImage.FromPixelCopy(info, rgba, image.Width * 4);
    }
}
