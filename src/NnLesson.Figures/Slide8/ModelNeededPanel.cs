namespace NnLesson.Figures.Slide8;

/// <summary>
/// Stages 3 and 4 without a model: grey dashed boxes. Stage 3's says a trained CNN is needed and how to get
/// one; stage 4's says what would appear there, so the slide still explains the whole pipeline.
/// </summary>
internal static class ModelNeededPanel
{
    public static void DrawHowTo(SlideCanvas c, SKRect content, Lang lang) =>
        Draw(c, content, PipelineTexts.ModelNeeded.For(lang), PipelineTexts.HowToGetModel.For(lang));

    public static void DrawPlaceholder(SlideCanvas c, SKRect content, Lang lang) =>
        Draw(c, content, PipelineTexts.ModelNeeded.For(lang), PipelineTexts.TopWouldGoHere.For(lang));

    private static void Draw(SlideCanvas c, SKRect content, string title, string body)
    {
        var box = new SKRect(content.Left, content.Top + c.S(10), content.Right, content.Bottom - c.S(16));
        c.Rect(box, SlideCanvas.PanelFill, SlideCanvas.Muted, 2, 12, dashed: true);
        var width = box.Width - c.S(28);
        var y = c.Wrapped(title, box.MidX, box.Top + box.Height * 0.28f, width, 25, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        y += c.S(40);
        foreach (var line in body.Split('\n'))
        {
            // Commands in bold, so they can be read off the projector and typed.
            var command = line.StartsWith("nnlesson", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal);
            y = c.Wrapped(line, box.MidX, y, width, command ? 18 : 19, command ? SlideCanvas.Ink : SlideCanvas.Muted, bold: command,
                align: SKTextAlign.Center) + c.S(command ? 46 : 30);
        }
    }
}
