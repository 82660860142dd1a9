namespace NnLesson.Figures.Common;

// Text on the design grid: the slide heading, single lines, wrapped paragraphs, "…" shortening; sizes in design pixels.
public sealed partial class SlideCanvas
{
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
}
