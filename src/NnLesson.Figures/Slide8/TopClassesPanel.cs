namespace NnLesson.Figures.Slide8;

/// <summary>
/// Stage 4: the network's answer: the k most probable ImageNet classes after softmax, as horizontal bars on a
/// fixed 0…100 % scale (so a confident and an unsure model look different), the winner in vermillion.
/// </summary>
internal static class TopClassesPanel
{
    public static void Draw(SlideCanvas c, SKRect content, IReadOnlyList<ClassProbability> top, double topSum, Lang lang)
    {
        var percentWidth = c.TextWidth(NumberText.Percent(1, lang), 20, bold: true) + c.S(10);
        var barMax = content.Width - percentWidth;
        var rowHeight = c.S(96);
        var barHeight = c.S(32);
        for (var i = 0; i < top.Count; i++)
        {
            var rowTop = content.Top + i * rowHeight;
            var ukrainian = lang == Lang.Uk ? top[i].Ukrainian : null;
            var label = c.Ellipsize($"{i + 1}. {ukrainian ?? top[i].Label}", content.Width, 21, bold: i == 0);
            c.Text(label, content.Left, rowTop + c.S(24), 21, SlideCanvas.Ink, bold: i == 0);
            if (ukrainian is not null)
            {
                // The English label beside the Ukrainian name, in smaller muted type, if the row has room for it.
                var used = c.TextWidth(label, 21, bold: i == 0) + c.S(10);
                var english = c.Ellipsize(top[i].Label, content.Width - used, 15);
                if (content.Width - used > c.S(60))
                {
                    c.Text(english, content.Left + used, rowTop + c.S(24), 15, SlideCanvas.Muted);
                }
            }
            var barTop = rowTop + c.S(36);
            c.Rect(SKRect.Create(content.Left, barTop, barMax, barHeight), new SKColor(0xEC, 0xEC, 0xEC), null);
            var width = (float)(Math.Clamp(top[i].Probability, 0, 1) * barMax);
            var color = (i == 0 ? LessonColors.Vermillion : LessonColors.Blue).ToSKColor();
            c.Rect(SKRect.Create(content.Left, barTop, Math.Max(width, c.S(2)), barHeight), color, null);
            c.Text(NumberText.Percent(top[i].Probability, lang), content.Left + width + c.S(8), barTop + barHeight - c.S(8), 20, SlideCanvas.Ink, bold: i == 0);
        }
        var y = content.Top + top.Count * rowHeight + c.S(14);
        c.Text(PipelineTexts.TopSum(top.Count, topSum).For(lang), content.MidX, y, 18, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(PipelineTexts.SoftmaxFormula.For(lang), content.MidX, y + c.S(40), 20, SlideCanvas.Ink, align: SKTextAlign.Center);
    }
}
