using System.Globalization;

namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_confusion.png: counts of test images by true class (rows) and predicted class (columns), the class names in
/// the run's language; right answers (the diagonal) green, mistakes orange, each shaded by its share of the row.
/// </summary>
public static class CnnConfusionFigure
{
    public const string FileName = "train_cnn_confusion.png";

    public static readonly SKColor Right = new(0x00, 0x9E, 0x73);
    public static readonly SKColor Wrong = new(0xD5, 0x5E, 0x00);

    public static SavedFigure Save(CnnConfusionData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, CnnConfusionData data, Lang lang)
    {
        var note = string.Format(TrainCnnTexts.ConfusionNote.For(lang), data.Correct, data.Total,
            NumberText.Percent(data.Total > 0 ? (double)data.Correct / data.Total : 0, lang));
        c.Heading(TrainCnnTexts.ConfusionTitle.For(lang), note);
        var names = data.Names.For(lang);
        var k = names.Count;
        var labelled = k <= 20;
        var labelBand = labelled ? Math.Min(260, names.Max(n => c.TextWidth(n, 20) / c.Scale) + 24) : 20;
        const float columnBand = 150; // the column names, turned 45°
        var gridSide = Math.Min(900 - 120 - columnBand - 30, 1600 - 2 * (labelBand + 60));
        var cell = gridSide / k;
        var left = (1600 - gridSide + labelBand + 40) / 2;
        var top = 120 + columnBand;
        var font = Math.Clamp(200f / k, 8f, 30f);
        for (var t = 0; t < k; t++)
        {
            var rowTotal = Enumerable.Range(0, k).Sum(p => data.Counts[t, p]);
            for (var p = 0; p < k; p++)
            {
                var count = data.Counts[t, p];
                var share = rowTotal > 0 ? (float)count / rowTotal : 0;
                var rect = c.Box(left + p * cell, top + t * cell, cell, cell);
                var fill = count == 0 ? new SKColor(0xF4, 0xF4, 0xF4) : Mix(t == p ? Right : Wrong, 0.15f + 0.85f * MathF.Sqrt(share));
                c.Rect(rect, fill, SKColors.White, 2);
                if (labelled && count > 0)
                {
                    var ink = MathF.Sqrt(share) > 0.5f ? SKColors.White : SlideCanvas.Ink;
                    c.Text(count.ToString(CultureInfo.InvariantCulture), rect.MidX, rect.MidY + c.S(font) * 0.35f, font, ink, bold: t == p, align: SKTextAlign.Center);
                }
            }
            if (labelled)
            {
                c.Text(c.Ellipsize(names[t], c.S(labelBand - 12), 20), c.X(left - 12), c.Y(top + (t + 0.5f) * cell + 7), 20, SlideCanvas.Ink, align: SKTextAlign.Right);
                // Column names read upwards at 45° from the top of their column.
                c.Canvas.Save();
                var (x, y) = (c.X(left + (t + 0.5f) * cell + 6), c.Y(top - 10));
                c.Canvas.RotateDegrees(-45, x, y);
                c.Text(c.Ellipsize(names[t], c.S(columnBand * 1.3f), 20), x, y, 20, SlideCanvas.Ink);
                c.Canvas.Restore();
            }
        }
        c.Text(TrainCnnTexts.PredictedClass.For(lang), c.X(left + gridSide / 2), c.Y(122), 22, SlideCanvas.Muted, bold: true, align: SKTextAlign.Center);
        c.Canvas.Save();
        var axisX = c.X(left - labelBand - 24);
        c.Canvas.RotateDegrees(-90, axisX, c.Y(top + gridSide / 2));
        c.Text(TrainCnnTexts.TrueClass.For(lang), axisX, c.Y(top + gridSide / 2), 22, SlideCanvas.Muted, bold: true, align: SKTextAlign.Center);
        c.Canvas.Restore();
    }

    private static SKColor Mix(SKColor color, float amount) => new(
        (byte)(255 + (color.Red - 255) * amount), (byte)(255 + (color.Green - 255) * amount), (byte)(255 + (color.Blue - 255) * amount));
}
