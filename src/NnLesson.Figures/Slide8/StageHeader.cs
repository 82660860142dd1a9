namespace NnLesson.Figures.Slide8;

/// <summary>The top of a stage column: a numbered disc (the order of the pipeline), the stage name, and a one-line note.</summary>
internal static class StageHeader
{
    public static void Draw(SlideCanvas c, SKRect column, int number, string title, string note, bool active = true)
    {
        var accent = active ? LessonColors.Blue.ToSKColor() : SlideCanvas.Muted;
        c.Rect(column, SKColors.White, SlideCanvas.Frame, 1.5f, 14);
        var radius = c.S(19);
        var cx = column.Left + c.S(14) + radius;
        var cy = column.Top + c.S(14) + radius;
        using (var disc = new SKPaint { Color = accent, IsAntialias = true })
        {
            c.Canvas.DrawCircle(cx, cy, radius, disc);
        }
        c.Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture), cx, cy + c.S(9), 25, SKColors.White, bold: true, align: SKTextAlign.Center);
        c.Text(title, cx + radius + c.S(10), cy + c.S(9), 26, active ? SlideCanvas.Ink : SlideCanvas.Muted, bold: true);
        // One line: a note a little too long is set a little smaller (down to 15 design pixels, still legible on a
        // projector); a long one (a model's file name) is then shortened rather than run into the stage's content.
        var maxWidth = column.Width - c.S(28);
        var size = 18f;
        while (size > 15f && c.TextWidth(note, size) > maxWidth)
        {
            size -= 0.5f;
        }
        c.Text(c.Ellipsize(note, maxWidth, size), column.Left + c.S(14), cy + radius + c.S(27), size, SlideCanvas.Muted);
    }
}
