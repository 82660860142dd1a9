using System.Globalization;
using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Teach;

/// <summary>
/// teach_confusion.png: counts of validation photos by true class (rows) and predicted class (columns).
/// Diagonal cells (right answers) are green, the others red, each shaded by its share of the row; with up
/// to 12 classes every cell shows its count.
/// </summary>
public static class TeachConfusionFigure
{
    public const string FileName = "teach_confusion.png";
    public const int MaxLabelledClasses = 12;

    public static readonly SKColor Right = new(0x00, 0x9E, 0x73);
    public static readonly SKColor Wrong = new(0xD5, 0x5E, 0x00);

    public static SavedFigure Save(ConfusionData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.Save(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, ConfusionData data, Lang lang)
    {
        float w = c.Size.Width, h = c.Size.Height;
        c.Text(TeachTexts.ConfusionTitle.For(lang), w / 2, c.S(52), 34, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        var note = string.Format(TeachTexts.ConfusionNote.For(lang), data.Correct, data.Total,
            NumberText.Percent(data.Total > 0 ? (double)data.Correct / data.Total : 0, lang));
        c.Text(note, w / 2, c.S(88), 21, SlideCanvas.Muted, align: SKTextAlign.Center);

        var k = data.Classes.Count;
        // Row labels take the width of the longest class name (at most 230 design px), and the whole block — axis title,
        // row labels, grid — is centred, so short names like "ants" leave no gap between the title and the rows.
        var labelled = k <= MaxLabelledClasses;
        var labelBand = labelled ? Math.Min(c.S(230), data.Classes.Max(n => c.TextWidth(n, 22)) + c.S(30)) : c.S(20);
        var axisBand = c.S(40);
        var gridSide = Math.Min(h - c.S(120) - c.S(140), w - 2 * (labelBand + axisBand) - c.S(80));
        var cell = gridSide / k;
        var left = (w - gridSide + labelBand + axisBand) / 2;
        var top = c.S(170);
        var font = Math.Clamp(150f / k, 9f, 40f);
        for (var t = 0; t < k; t++)
        {
            var rowTotal = Enumerable.Range(0, k).Sum(p => data.Counts[t, p]);
            for (var p = 0; p < k; p++)
            {
                var count = data.Counts[t, p];
                var share = rowTotal > 0 ? (float)count / rowTotal : 0;
                var rect = SKRect.Create(left + p * cell, top + t * cell, cell, cell);
                var baseColor = t == p ? Right : Wrong;
                var fill = count == 0 ? new SKColor(0xF4, 0xF4, 0xF4) : Mix(baseColor, 0.18f + 0.82f * share);
                c.Rect(rect, fill, SKColors.White, 2);
                if (labelled)
                {
                    var ink = count > 0 && share > 0.45f ? SKColors.White : SlideCanvas.Ink;
                    c.Text(count.ToString(CultureInfo.InvariantCulture), rect.MidX, rect.MidY + c.S(font) * 0.35f, font, ink, bold: true, align: SKTextAlign.Center);
                }
            }
            if (labelled)
            {
                var name = c.Ellipsize(data.Classes[t], labelBand - c.S(16), 22);
                c.Text(name, left - c.S(14), top + (t + 0.5f) * cell + c.S(8), 22, SlideCanvas.Ink, align: SKTextAlign.Right);
                c.Text(c.Ellipsize(data.Classes[t], cell - c.S(6), 22), left + (t + 0.5f) * cell, top - c.S(14), 22, SlideCanvas.Ink, align: SKTextAlign.Center);
            }
        }
        c.Text(TeachTexts.PredictedClass.For(lang), left + gridSide / 2, top - c.S(50), 22, SlideCanvas.Muted, bold: true, align: SKTextAlign.Center);
        // The row axis title, turned to read bottom-up beside the class names.
        c.Canvas.Save();
        var axisX = left - labelBand - axisBand / 2;
        c.Canvas.RotateDegrees(-90, axisX, top + gridSide / 2);
        c.Text(TeachTexts.TrueClass.For(lang), axisX, top + gridSide / 2, 22, SlideCanvas.Muted, bold: true, align: SKTextAlign.Center);
        c.Canvas.Restore();
    }

    /// <summary>White mixed with <paramref name="color"/> by <paramref name="amount"/> (0 white … 1 the colour).</summary>
    private static SKColor Mix(SKColor color, float amount) => new(
        (byte)(255 + (color.Red - 255) * amount), (byte)(255 + (color.Green - 255) * amount), (byte)(255 + (color.Blue - 255) * amount));
}
