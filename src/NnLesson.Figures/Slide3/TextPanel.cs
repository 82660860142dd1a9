using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// A panel of text and legend rows written top to bottom, like lines on a slide. It is a ScottPlot plot
/// without axes whose coordinates are the panel's own pixels (x to the right, y up), so each row is placed
/// exactly. Rows that would not fit the width are shrunk (single lines) or wrapped (paragraphs), so long
/// Ukrainian phrases never run off the figure.
/// </summary>
internal sealed class TextPanel
{
    private readonly float _width;
    private readonly float _height;
    private readonly float _padding;
    private float _cursor; // y of the top of the next row, in panel pixels from the bottom

    public TextPanel(FigureSize size, PixelRect rect, float padding)
    {
        Plot = new Plot();
        FigureTheme.Apply(Plot, size);
        Plot.Layout.Frameless();
        Plot.HideGrid();
        Plot.Axes.Frameless();
        _width = rect.Width;
        _height = rect.Height;
        _padding = padding;
        _cursor = _height - padding;
        Plot.Axes.SetLimits(0, _width, 0, _height);
    }

    public Plot Plot { get; }

    /// <summary>Width available to a row that starts <paramref name="indent"/> pixels in.</summary>
    private float Available(float indent) => _width - 2 * _padding - indent;

    /// <summary>One line of text; shrunk to fit the width if it has to be.</summary>
    public void Line(string text, float fontSize, bool bold = false, Color? color = null, float indent = 0)
    {
        var size = Math.Min(fontSize, fontSize * Available(indent) / Math.Max(1, Measure(text, fontSize, bold)));
        AddText(text, _padding + indent, size, bold, color ?? LessonColors.Black);
        _cursor -= size * 1.35f;
    }

    /// <summary>A paragraph wrapped at word boundaries to the panel width.</summary>
    public void Paragraph(string text, float fontSize, bool bold = false, Color? color = null)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, fontSize, bold) > Available(0))
            {
                Line(line, fontSize, bold, color);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            Line(line, fontSize, bold, color);
        }
    }

    public void Gap(float pixels) => _cursor -= pixels;

    /// <summary>A legend row: a marker (same shape and colour as in the plot) and its meaning.</summary>
    public void LegendMarker(MarkerShape shape, Color color, float markerSize, string text, float fontSize, bool whiteOutline = true)
    {
        var centre = new Coordinates(_padding + fontSize * 0.8, _cursor - fontSize * 0.62);
        var marker = Plot.Add.Marker(centre, shape, markerSize, color);
        if (whiteOutline)
        {
            marker.MarkerStyle.OutlineColor = Colors.White;
            marker.MarkerStyle.OutlineWidth = Math.Max(1f, markerSize / 10f);
        }
        else
        {
            marker.MarkerStyle.LineWidth = Math.Max(2f, markerSize / 10f);
        }
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a short line sample and its meaning.</summary>
    public void LegendLine(Color color, float lineWidth, string text, float fontSize, LinePattern? pattern = null)
    {
        var y = _cursor - fontSize * 0.62;
        var line = Plot.Add.Line(_padding, y, _padding + fontSize * 1.6, y);
        line.LineColor = color;
        line.LineWidth = lineWidth;
        line.LinePattern = pattern ?? LinePattern.Solid;
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a filled swatch (a region colour) and its meaning.</summary>
    public void LegendSwatch(Color fill, string text, float fontSize)
    {
        var top = _cursor - fontSize * 0.1;
        var rectangle = Plot.Add.Rectangle(_padding, _padding + fontSize * 1.6, top - fontSize * 1.05, top);
        rectangle.FillColor = fill;
        rectangle.LineColor = LessonColors.Grey.WithAlpha(0.6);
        rectangle.LineWidth = 1;
        Line(text, fontSize, indent: fontSize * 2f);
    }

    private void AddText(string text, float x, float fontSize, bool bold, Color color)
    {
        var label = Plot.Add.Text(text, x, _cursor);
        label.LabelFontName = EmbeddedFonts.Family;
        label.LabelFontSize = fontSize;
        FigureTheme.SetBold(label.LabelStyle, bold);
        label.LabelFontColor = color;
        label.LabelAlignment = Alignment.UpperLeft;
    }

    /// <summary>Width in pixels of <paramref name="text"/> in the bundled font (what ScottPlot will draw).</summary>
    private static float Measure(string text, float fontSize, bool bold)
    {
        using var font = new SKFont(EmbeddedFonts.Typeface(bold), fontSize);
        return font.MeasureText(text);
    }
}
