using SkiaSharp;

namespace NnLesson.Figures.Slide8;

/// <summary>Stages 3 and 4 without a model: a dashed box that says a trained CNN is needed and how to get one.</summary>
public static class ModelNeededPanel
{
    public static void Draw(SlideCanvas c, SKRect content, Lang lang)
    {
        var box = new SKRect(content.Left, content.Top + c.S(10), content.Right, content.Top + c.S(420));
        c.Rect(box, SlideCanvas.PanelFill, SlideCanvas.Muted, 2, 12, dashed: true);
        c.Text(PipelineTexts.ModelNeeded.For(lang), box.MidX, box.Top + c.S(70), 26, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        var y = box.Top + c.S(130);
        foreach (var line in PipelineTexts.HowToGetModel.For(lang).Split('\n'))
        {
            var command = line.StartsWith("nnlesson", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal);
            y = c.Wrapped(line, box.MidX, y, box.Width - c.S(24), command ? 19 : 19, command ? SlideCanvas.Ink : SlideCanvas.Muted, bold: command,
                align: SKTextAlign.Center) + c.S(30);
        }
    }
}
