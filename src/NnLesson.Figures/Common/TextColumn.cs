using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// Lines of text and legend rows written top to bottom in a box of a <see cref="SlideCanvas"/>, like lines on a slide
/// (slide 3's column beside the input plane). Sizes are real pixels, as <see cref="FigureTheme"/> gives them for the
/// plot beside it. A line too wide for the box is shrunk; a paragraph is wrapped at word boundaries.
/// </summary>
internal sealed class TextColumn(SlideCanvas canvas, PixelRect box, float padding)
{
    // Top of the next row, in real pixels (y down).
    private float _cursor = box.Top + padding;

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
        label.Render(canvas.Canvas, new Pixel(box.Left + padding + indent, _cursor), paint);
        _cursor += size * LineSpacing;
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

    public void Gap(float pixels) => _cursor += pixels;

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
        Drawing.DrawMarker(canvas.Canvas, paint, new Pixel(box.Left + padding + fontSize * 0.8f, RowMiddle(fontSize)), style);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a short solid line sample and its meaning.</summary>
    public void LegendLine(Color color, float lineWidth, string text, float fontSize)
    {
        var y = RowMiddle(fontSize);
        var left = box.Left + padding;
        using var paint = new SKPaint { Color = SlideCanvas.ToSk(color), StrokeWidth = lineWidth, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.Canvas.DrawLine(left, y, left + fontSize * 1.6f, y, paint);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>A legend row: a filled swatch (a region colour) and its meaning.</summary>
    public void LegendSwatch(Color fill, string text, float fontSize)
    {
        var rect = SKRect.Create(box.Left + padding, _cursor + fontSize * 0.1f, fontSize * 1.6f, fontSize * 1.05f);
        using var paint = new SKPaint { Color = SlideCanvas.ToSk(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.Canvas.DrawRect(rect, paint);
        paint.Color = SlideCanvas.ToSk(LessonColors.Grey.WithAlpha(0.6));
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 1;
        canvas.Canvas.DrawRect(rect, paint);
        Line(text, fontSize, indent: fontSize * 2f);
    }

    /// <summary>The y of a legend symbol: 0.62 of the font size below the row's top, level with the text's middle.</summary>
    private float RowMiddle(float fontSize) => _cursor + fontSize * 0.62f;
}
