using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// Lines of text and legend rows written top to bottom in a box of a <see cref="SlideCanvas"/>, like lines on a slide
/// (slide 3's column beside the input plane). Sizes are real pixels, as <see cref="FigureTheme"/> gives them for the
/// plot beside it. A line too wide for the box is shrunk; a paragraph is wrapped at word boundaries.
/// </summary>
internal sealed class TextColumn(SlideCanvas canvas, PixelRect box, float padding)
{
    // Top of the next row, in pixels up from the box's bottom (the column was a plot once; its rows keep that arithmetic,
    // so slide 3 stays pixel for pixel what it was). ToX/ToY turn column coordinates into figure pixels.
    private float _cursor = box.Height - padding;

    /// <summary>Line height as a multiple of the font size.</summary>
    private const float LineSpacing = 1.35f;

    /// <summary>Width available to a row that starts <paramref name="indent"/> pixels in.</summary>
    private float Available(float indent) => box.Width - 2 * padding - indent;

    /// <summary>One line of text; shrunk to fit the width if it has to be.</summary>
    public void Line(string text, float fontSize, bool bold = false, Color? color = null, float indent = 0)
    {
        var size = Math.Min(fontSize, fontSize * Available(indent) / Math.Max(1, SlideCanvas.MeasurePlotText(text, fontSize, bold)));
        // Drawn as a ScottPlot label (as the plot's own labels are), its upper-left corner at the cursor.
        var label = new LabelStyle { Text = text, FontSize = size, ForeColor = color ?? LessonColors.Black, Alignment = Alignment.UpperLeft };
        FigureTheme.SetBold(label, bold);
        using var paint = Paint.NewDisposablePaint();
        label.Render(canvas.Canvas, new Pixel(ToX(padding + indent), ToY(_cursor)), paint);
        _cursor -= size * LineSpacing;
    }

    /// <summary>A paragraph wrapped at word boundaries to the column's width.</summary>
    public void Paragraph(string text, float fontSize, bool bold = false, Color? color = null)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && SlideCanvas.MeasurePlotText(candidate, fontSize, bold) > Available(0))
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

    /// <summary>A legend row: a marker (drawn by ScottPlot, so it is the plot's marker) and its meaning.</summary>
    public void LegendMarker(MarkerShape shape, Color color, float markerSize, string text, float fontSize, bool whiteOutline = true)
    {
        var style = new MarkerStyle(shape, markerSize, color);
        if (whiteOutline)
        {
            style.OutlineColor = Colors.White;
            style.OutlineWidth = Math.Max(1f, markerSize / 10f);
        }
        else
        {
            style.LineWidth = Math.Max(2f, markerSize / 10f);
        }
        using var paint = Paint.NewDisposablePaint();
        Drawing.DrawMarker(canvas.Canvas, paint, new Pixel(ToX(padding + fontSize * 0.8), ToY(RowMiddle(fontSize))), style);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a short solid line sample and its meaning.</summary>
    public void LegendLine(Color color, float lineWidth, string text, float fontSize)
    {
        var y = ToY(RowMiddle(fontSize));
        using var paint = new SKPaint { Color = SlideCanvas.ToSk(color), StrokeWidth = lineWidth, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.Canvas.DrawLine(ToX(padding), y, ToX(padding + fontSize * 1.6), y, paint);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a filled swatch (a region colour) and its meaning.</summary>
    public void LegendSwatch(Color fill, string text, float fontSize)
    {
        var top = _cursor - fontSize * 0.1;
        var rect = new SKRect(ToX(padding), ToY(top), ToX(padding + fontSize * 1.6), ToY(top - fontSize * 1.05));
        using var paint = new SKPaint { Color = SlideCanvas.ToSk(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.Canvas.DrawRect(rect, paint);
        paint.Color = SlideCanvas.ToSk(LessonColors.Grey.WithAlpha(0.6));
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 1;
        canvas.Canvas.DrawRect(rect, paint);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>The height of a legend symbol: 0.62 of the font size below the row's top, level with the text's middle.</summary>
    private double RowMiddle(float fontSize) => _cursor - fontSize * 0.62;

    private float ToX(double x) => box.Left + (float)x;

    private float ToY(double upFromBottom) => box.Bottom - (float)upFromBottom;
}
