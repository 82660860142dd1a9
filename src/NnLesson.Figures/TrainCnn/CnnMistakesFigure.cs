namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_mistakes.png: the test images the network got wrong with the highest probability for its wrong answer, as the
/// network saw them (28×28, enlarged), each with the true class and the answer; the mistakes worth discussing (many
/// are ones a person would hesitate over too: shirt or T-shirt, pullover or coat).
/// </summary>
public static class CnnMistakesFigure
{
    public const string FileName = "train_cnn_mistakes.png";
    public const int Columns = 8, Rows = 2;

    /// <summary>The images to show: the mistakes, most confident first; when there are fewer than 16, the least confident right answers after them.</summary>
    public static IReadOnlyList<CnnExample> Pick(IReadOnlyList<CnnExample> examples) =>
        [.. examples.Where(e => !e.Correct).OrderByDescending(e => e.Probability)
            .Concat(examples.Where(e => e.Correct).OrderBy(e => e.Probability)).Take(Columns * Rows)];

    public static SavedFigure Save(CnnMistakesData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, CnnMistakesData data, Lang lang)
    {
        var note = data.Mistakes == 0 ? TrainCnnTexts.NoMistakes.For(lang)
            : string.Format(TrainCnnTexts.MistakesNote.For(lang), data.Shown.Count(e => !e.Correct), data.Mistakes, data.Total);
        c.Heading(TrainCnnTexts.MistakesTitle.For(lang), note);
        var names = data.Names.For(lang);
        const float cellW = 190, cellH = 370, side = 160;
        var left = (1600 - Columns * cellW) / 2;
        var wrong = new SKColor(0xD0, 0x10, 0x10);
        for (var i = 0; i < data.Shown.Count; i++)
        {
            var e = data.Shown[i];
            var x = left + i % Columns * cellW;
            var y = 125 + i / Columns * cellH;
            var picture = c.Box(x + (cellW - side) / 2, y, side, side);
            var frame = e.Correct ? CnnConfusionFigure.Right : wrong;
            c.Heatmap(e.Image.Pixels.Select(p => (float)p).ToArray(), e.Image.Width, e.Image.Height, v => CnnFiltersFigure.Grey(v / 255f), picture);
            c.Rect(picture, null, frame, 4);
            c.Text(c.Ellipsize($"{TrainCnnTexts.TrueShort.For(lang)}: {names[e.TrueClass]}", c.S(cellW - 16), 15), c.X(x + cellW / 2), c.Y(y + side + 30), 15,
                SlideCanvas.Ink, align: SKTextAlign.Center);
            c.Text(c.Ellipsize($"{TrainCnnTexts.AnswerShort.For(lang)}: {names[e.Predicted]}", c.S(cellW - 16), 15), c.X(x + cellW / 2), c.Y(y + side + 54), 15,
                frame, bold: !e.Correct, align: SKTextAlign.Center);
            c.Text(NumberText.Percent(e.Probability, lang), c.X(x + cellW / 2), c.Y(y + side + 78), 15, frame, align: SKTextAlign.Center);
        }
    }
}
