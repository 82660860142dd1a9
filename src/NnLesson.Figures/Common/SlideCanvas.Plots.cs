using ScottPlot;

namespace NnLesson.Figures.Common;

// ScottPlot panels placed in a box of the canvas, and the text around them. That text is sized in real pixels by
// FigureTheme, like the panels' own titles, axis labels and ticks (a caption matches the plot it sits under).
public sealed partial class SlideCanvas
{
    /// <summary>
    /// Renders <paramref name="plot"/> into <paramref name="box"/> (real pixels, e.g. from <see cref="Box"/>), clipped to
    /// it: ScottPlot clears the canvas with its figure background, which would otherwise wipe everything drawn before.
    /// Afterwards <c>plot.LastRender.DataRect</c> and <c>plot.GetPixel</c> are in this figure's pixels.
    /// </summary>
    public void DrawPlot(Plot plot, SKRect box) => DrawPlot(plot, new PixelRect(box.Left, box.Right, box.Bottom, box.Top));

    /// <inheritdoc cref="DrawPlot(Plot, SKRect)"/>
    public void DrawPlot(Plot plot, PixelRect box)
    {
        Canvas.Save();
        Canvas.ClipRect(new SKRect(box.Left, box.Top, box.Right, box.Bottom));
        plot.Render(Canvas, box);
        Canvas.Restore();
    }

    /// <summary>
    /// Renders <paramref name="plot"/> into <paramref name="box"/> without clipping, so a title or tick label that
    /// sticks out of a small box still shows (slide 3's error chart at 640×360): the plot then does not clear the
    /// canvas, and paints its background over the box only. Draw such a plot before what must stay on top of it.
    /// </summary>
    public void DrawPlotUnclipped(Plot plot, PixelRect box)
    {
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.Render(Canvas, box);
    }

    /// <summary>
    /// The heading of a figure made of plots: <paramref name="title"/> centred in bold at <see cref="FigureTheme.Title"/>
    /// size, its baseline 1.25 of that size from the top, and <paramref name="subtitle"/> in grey at <see cref="FigureTheme.Legend"/>
    /// size 1.6 of its size below; each shrinks to fit 96 % of the width (the subtitle <paramref name="subtitleWidth"/>).
    /// Returns the subtitle's baseline, under which the figure's own layout starts.
    /// </summary>
    public float PlotHeading(string title, string subtitle, float subtitleWidth = 0.96f)
    {
        var w = Size.Width;
        var titleSize = FigureTheme.Title(Size);
        var subtitleSize = FigureTheme.Legend(Size);
        var titleBaseline = titleSize * 1.25f;
        var subtitleBaseline = titleBaseline + subtitleSize * 1.6f;
        PlotTextFitted(title, w / 2f, titleBaseline, titleSize, w * 0.96f, LessonColors.Black, bold: true, SKTextAlign.Center);
        PlotTextFitted(subtitle, w / 2f, subtitleBaseline, subtitleSize, w * subtitleWidth, LessonColors.Grey, align: SKTextAlign.Center);
        return subtitleBaseline;
    }

    /// <summary>The width in pixels <paramref name="text"/> takes at <paramref name="pixelSize"/>.</summary>
    public static float MeasurePlotText(string text, float pixelSize, bool bold = false)
    {
        using var font = new SKFont(EmbeddedFonts.Typeface(bold), pixelSize);
        return font.MeasureText(text);
    }

    /// <summary>
    /// Draws one line of text at <paramref name="pixelSize"/> with its baseline at <paramref name="baselineY"/>;
    /// <paramref name="align"/> says whether <paramref name="x"/> is its left end, centre or right end. Returns the width drawn.
    /// </summary>
    public float PlotText(string text, float x, float baselineY, float pixelSize, Color color,
        bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = new SKFont(EmbeddedFonts.Typeface(bold), pixelSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { Color = ToSk(color), IsAntialias = true };
        Canvas.DrawText(text, x, baselineY, align, font, paint);
        return font.MeasureText(text);
    }

    /// <summary>
    /// Like <see cref="PlotText"/>, but shrinks the font (never below 60 % of <paramref name="pixelSize"/>)
    /// so the line fits in <paramref name="maxWidth"/> pixels; returns the font size used.
    /// </summary>
    public float PlotTextFitted(string text, float x, float baselineY, float pixelSize, float maxWidth, Color color,
        bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        var width = MeasurePlotText(text, pixelSize, bold);
        var fitted = width <= maxWidth ? pixelSize : Math.Max(pixelSize * 0.6f, pixelSize * maxWidth / width);
        PlotText(text, x, baselineY, fitted, color, bold, align);
        return fitted;
    }

    /// <summary>
    /// Draws <paramref name="text"/> word-wrapped to <paramref name="maxWidth"/>, the first baseline at
    /// <paramref name="baselineY"/>, lines <paramref name="lineHeight"/> apart; continuation lines start at
    /// <paramref name="x"/> + <paramref name="hangingIndent"/>. Returns the baseline below the last line.
    /// </summary>
    public float PlotWrapped(string text, float x, float baselineY, float pixelSize, float maxWidth, float lineHeight, Color color,
        bool bold = false, float hangingIndent = 0)
    {
        var line = "";
        var indent = 0f;
        foreach (var word in GlueOperators(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && MeasurePlotText(candidate, pixelSize, bold) > maxWidth - indent)
            {
                PlotTextFitted(line, x + indent, baselineY, pixelSize, maxWidth - indent, color, bold);
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
            PlotTextFitted(line, x + indent, baselineY, pixelSize, maxWidth - indent, color, bold);
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
}
