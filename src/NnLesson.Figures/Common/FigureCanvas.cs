using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// A white figure of a given size on which several ScottPlot plots are placed in chosen pixel
/// rectangles, with titles, captions and notes drawn around them in the bundled font. Used by figures
/// that are more than one plot: a grid of panels with a shared title, or plots beside a text column.
/// Pixel coordinates: (0, 0) is the top-left corner, y grows downwards.
/// </summary>
internal sealed class FigureCanvas : IDisposable
{
    private readonly SKSurface _surface;

    public FigureCanvas(FigureSize size)
    {
        Size = size;
        _surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Could not create a {size} drawing surface.");
        _surface.Canvas.Clear(SKColors.White);
    }

    public FigureSize Size { get; }

    /// <summary>The raw SkiaSharp canvas, for the few shapes a figure draws itself.</summary>
    public SKCanvas Canvas => _surface.Canvas;

    /// <summary>
    /// Renders <paramref name="plot"/> into <paramref name="rect"/>, clipped to it: ScottPlot clears the
    /// canvas with its figure background, which would otherwise wipe everything drawn before. Afterwards
    /// <c>plot.LastRender.DataRect</c> and <c>plot.GetPixel</c> are in this figure's pixel coordinates.
    /// </summary>
    public void DrawPlot(Plot plot, PixelRect rect)
    {
        Canvas.Save();
        Canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(Canvas, rect);
        Canvas.Restore();
    }

    /// <summary>
    /// The heading every canvas figure starts with: <paramref name="title"/> centred in bold at <see cref="FigureTheme.Title"/>
    /// size, its baseline 1.25 of that size from the top, and <paramref name="subtitle"/> in grey at <see cref="FigureTheme.Legend"/>
    /// size 1.6 of its size below; each shrinks to fit 96 % of the width (the subtitle <paramref name="subtitleWidth"/>).
    /// Returns the subtitle's baseline, under which the figure's own layout starts.
    /// </summary>
    public float DrawHeading(string title, string subtitle, float subtitleWidth = 0.96f)
    {
        var w = Size.Width;
        var titleSize = FigureTheme.Title(Size);
        var subtitleSize = FigureTheme.Legend(Size);
        var titleBaseline = titleSize * 1.25f;
        var subtitleBaseline = titleBaseline + subtitleSize * 1.6f;
        DrawTextFitted(title, w / 2f, titleBaseline, titleSize, w * 0.96f, LessonColors.Black, bold: true, SKTextAlign.Center);
        DrawTextFitted(subtitle, w / 2f, subtitleBaseline, subtitleSize, w * subtitleWidth, LessonColors.Grey, align: SKTextAlign.Center);
        return subtitleBaseline;
    }

    /// <summary>The width in pixels <paramref name="text"/> takes at <paramref name="fontSize"/>.</summary>
    public static float MeasureText(string text, float fontSize, bool bold = false)
    {
        using var font = new SKFont(EmbeddedFonts.Typeface(bold), fontSize);
        return font.MeasureText(text);
    }

    /// <summary>
    /// Draws one line of text with its baseline at <paramref name="baselineY"/>; <paramref name="align"/>
    /// says whether <paramref name="x"/> is its left end, centre or right end. Returns the width drawn.
    /// </summary>
    public float DrawText(string text, float x, float baselineY, float fontSize, Color color,
        bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = new SKFont(EmbeddedFonts.Typeface(bold), fontSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { Color = ToSk(color), IsAntialias = true };
        Canvas.DrawText(text, x, baselineY, align, font, paint);
        return font.MeasureText(text);
    }

    /// <summary>
    /// Like <see cref="DrawText"/>, but shrinks the font (never below 60 % of <paramref name="fontSize"/>)
    /// so the line fits in <paramref name="maxWidth"/> pixels; returns the font size used.
    /// </summary>
    public float DrawTextFitted(string text, float x, float baselineY, float fontSize, float maxWidth, Color color,
        bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        var width = MeasureText(text, fontSize, bold);
        var fitted = width <= maxWidth ? fontSize : Math.Max(fontSize * 0.6f, fontSize * maxWidth / width);
        DrawText(text, x, baselineY, fitted, color, bold, align);
        return fitted;
    }

    /// <summary>
    /// Draws <paramref name="text"/> word-wrapped to <paramref name="maxWidth"/>, the first baseline at
    /// <paramref name="baselineY"/>, lines <paramref name="lineHeight"/> apart; continuation lines start at
    /// <paramref name="x"/> + <paramref name="hangingIndent"/>. Returns the baseline below the last line.
    /// </summary>
    public float DrawWrapped(string text, float x, float baselineY, float fontSize, float maxWidth, float lineHeight, Color color,
        bool bold = false, float hangingIndent = 0)
    {
        var line = "";
        var indent = 0f;
        foreach (var word in GlueOperators(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && MeasureText(candidate, fontSize, bold) > maxWidth - indent)
            {
                DrawTextFitted(line, x + indent, baselineY, fontSize, maxWidth - indent, color, bold);
                baselineY += lineHeight;
                indent = hangingIndent;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            DrawTextFitted(line, x + indent, baselineY, fontSize, maxWidth - indent, color, bold);
            baselineY += lineHeight;
        }
        return baselineY;
    }

    /// <summary>
    /// Joins a one-character operator (= &lt; &gt; ≤ ≥ ≈ + − · /) with the words on both sides, so that
    /// "z &gt; 0" or "f′ = 1" is never split across two lines.
    /// </summary>
    private static List<string> GlueOperators(string[] words)
    {
        const string operators = "=<>≤≥≈+−·/";
        var glued = new List<string>();
        var joinNext = false;
        foreach (var word in words)
        {
            var isOperator = word.Length == 1 && operators.Contains(word[0]);
            if ((isOperator || joinNext) && glued.Count > 0)
            {
                glued[^1] += " " + word;
            }
            else
            {
                glued.Add(word);
            }
            joinNext = isOperator;
        }
        return glued;
    }

    /// <summary>Encodes the figure as PNG and writes it atomically (see <see cref="PngOutput"/>).</summary>
    public SavedFigure Save(string path) => PngOutput.Save(_surface, Size, path);

    /// <summary>The figure as drawn so far, e.g. one frame of an animation.</summary>
    public SKImage Snapshot() => _surface.Snapshot();

    public void Dispose() => _surface.Dispose();

    public static SKColor ToSk(Color color) => new(color.R, color.G, color.B, color.A);
}
