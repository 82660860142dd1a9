using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Teach;

/// <summary>
/// teach_mistakes.png: a grid of validation photos as the network saw them (224×224 crops), each with its
/// true class, the head's answer and its probability; wrong answers first, framed in red, then the least
/// confident right ones (framed in green) — the photos worth discussing.
/// </summary>
public static class TeachMistakesFigure
{
    public const string FileName = "teach_mistakes.png";
    public const int Columns = 6, Rows = 2;

    /// <summary>
    /// The grid for <paramref name="count"/> photos: one row up to <see cref="Columns"/>, else two rows; never fewer than
    /// three cells wide, so two photos are not blown up to half the slide. A small validation set fills its row instead of
    /// leaving ten empty cells of a fixed 6 × 2 grid.
    /// </summary>
    public static (int Columns, int Rows) Grid(int count)
    {
        var rows = count <= Columns ? 1 : Rows;
        var columns = Math.Max(3, (Math.Min(count, Columns * Rows) + rows - 1) / rows);
        return (columns, rows);
    }

    /// <summary>The photos to show, in order: every mistake (most confident first), then right answers from the least confident up.</summary>
    public static IReadOnlyList<T> Pick<T>(IReadOnlyList<T> photos, Func<T, bool> correct, Func<T, double> probability, int count = Columns * Rows) =>
        [.. photos.Where(p => !correct(p)).OrderByDescending(probability)
            .Concat(photos.Where(correct).OrderBy(probability)).Take(count)];

    /// <param name="shown">What <see cref="Pick"/> chose (the caller decodes only these photos).</param>
    /// <param name="mistakes">How many validation photos were wrong in all.</param>
    public static SavedFigure Save(IReadOnlyList<ValidationPhoto> shown, int mistakes, IReadOnlyList<string> classes, Lang lang, FigureSize size, string path) =>
        SlideCanvas.Save(size, path, c => Draw(c, shown, mistakes, classes, lang), photographic: true);

    private static void Draw(SlideCanvas c, IReadOnlyList<ValidationPhoto> shown, int mistakes, IReadOnlyList<string> classes, Lang lang)
    {
        float w = c.Size.Width;
        c.Text(TeachTexts.MistakesTitle.For(lang), w / 2, c.S(50), 32, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        var shownMistakes = shown.Count(p => !p.Correct);
        var note = mistakes == 0 ? TeachTexts.NoMistakesNote.For(lang) : string.Format(TeachTexts.MistakesNote.For(lang), shownMistakes, mistakes);
        c.Text(note, w / 2, c.S(84), 20, SlideCanvas.Muted, align: SKTextAlign.Center);

        var gridTop = c.S(110);
        var count = Math.Min(shown.Count, Columns * Rows);
        var (columns, rows) = Grid(count);
        var cellW = (w - c.S(60)) / columns;
        var cellH = (c.Size.Height - gridTop - c.S(10)) / rows;
        var side = Math.Min(cellW - c.S(20), cellH - c.S(95));
        cellH = Math.Min(cellH, side + c.S(105));                                  // a row as tall as its photo and three text lines
        var used = (count + rows - 1) / rows;                                       // cells in the first row; the grid is centred on them
        var gridLeft = (w - used * cellW) / 2;
        gridTop += (c.Size.Height - c.S(10) - gridTop - rows * cellH) / 2;
        for (var i = 0; i < count; i++)
        {
            var photo = shown[i];
            var x = gridLeft + (i % used) * cellW;
            var y = gridTop + (i / used) * cellH;
            var picture = SKRect.Create(x + (cellW - side) / 2, y + c.S(8), side, side);
            c.Image(photo.Crop, picture);
            var frame = photo.Correct ? TeachConfusionFigure.Right : new SKColor(0xD0, 0x10, 0x10);
            c.Rect(picture, null, frame, photo.Correct ? 4 : 8);
            if (!photo.Correct)
            {
                c.Text("✗", picture.Right - c.S(8), picture.Top + c.S(36), 34, frame, bold: true, align: SKTextAlign.Right);
            }
            var textY = picture.Bottom + c.S(28);
            var maxWidth = cellW - c.S(10);
            c.Text(c.Ellipsize($"{TeachTexts.TrueShort.For(lang)}: {classes[photo.TrueClass]}", maxWidth, 18), x + cellW / 2, textY, 18, SlideCanvas.Ink,
                align: SKTextAlign.Center);
            var answer = $"{TeachTexts.PredictedShort.For(lang)}: {classes[photo.PredictedClass]} {NumberText.Percent(photo.Probability, lang, 0)}";
            c.Text(c.Ellipsize(answer, maxWidth, 18), x + cellW / 2, textY + c.S(26), 18, photo.Correct ? SlideCanvas.Ink : frame, bold: !photo.Correct,
                align: SKTextAlign.Center);
            c.Text(c.Ellipsize(photo.Name, maxWidth, 14), x + cellW / 2, textY + c.S(50), 14, SlideCanvas.Muted, align: SKTextAlign.Center);
        }
    }
}
