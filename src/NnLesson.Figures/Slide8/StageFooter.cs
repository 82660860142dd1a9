namespace NnLesson.Figures.Slide8;

/// <summary>
/// The bottom band of a stage column: the data's shape and type in bold, and how many numbers that is,
/// so the row of footers reads as the pipeline's shapes at a glance (405 900 → 150 528 → 401 408 → 1000; numbers
/// grouped by <see cref="Text.NumberText.Integer"/>).
/// </summary>
internal static class StageFooter
{
    public static void Draw(SlideCanvas c, SKRect column, string shape, string count)
    {
        var top = column.Bottom - c.S(PipelineLayout.FooterHeight);
        using (var line = new SKPaint { Color = SlideCanvas.Frame, StrokeWidth = c.S(1.2f), IsAntialias = true })
        {
            c.Canvas.DrawLine(column.Left + c.S(14), top, column.Right - c.S(14), top, line);
        }
        c.Text(shape, column.MidX, top + c.S(32), 21, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Text(count, column.MidX, top + c.S(60), 18, SlideCanvas.Muted, align: SKTextAlign.Center);
    }
}
