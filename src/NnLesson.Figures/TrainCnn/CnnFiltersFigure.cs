namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_filters.png: the first layer's filters at He initialisation (left) and after training (right), each 5×5 filter
/// a grey tile scaled on its own (0.5 + w / (2·max|w|): mid-grey is 0), so the pattern shows whatever the filter's size.
/// </summary>
public static class CnnFiltersFigure
{
    public const string FileName = "train_cnn_filters.png";

    public static SavedFigure Save(CnnFiltersData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c =>
        {
            c.Heading(TrainCnnTexts.FiltersTitle.For(lang), TrainCnnTexts.FiltersSubtitle.For(lang), wrapSubtitle: true);
            Panel(c, data.Initial, data.Count, data.Kernel, c.Box(60, 170, 700, 660), TrainCnnTexts.AtInit.For(lang));
            Panel(c, data.Trained, data.Count, data.Kernel, c.Box(840, 170, 700, 660),
                string.Format(TrainCnnTexts.AfterTraining.For(lang), NumberText.Percent(data.TestAccuracy, lang)));
            c.Arrow(c.S(770), c.S(830), c.S(500), SlideCanvas.Muted, 5);
        });

    /// <summary>The filters in a near-square grid inside <paramref name="box"/>, the caption above.</summary>
    public static void Panel(SlideCanvas c, float[] weights, int count, int k, SKRect box, string caption)
    {
        c.Text(caption, box.MidX, box.Top + c.S(24), 24, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        var columns = Columns(count);
        var rows = (count + columns - 1) / columns;
        var gap = c.S(10);
        var tile = Math.Min((box.Width - (columns - 1) * gap) / columns, (box.Height - c.S(50) - (rows - 1) * gap) / rows);
        var left = box.MidX - (columns * tile + (columns - 1) * gap) / 2;
        var top = box.Top + c.S(50) + (box.Height - c.S(50) - (rows * tile + (rows - 1) * gap)) / 2; // centred in the space below the caption
        for (var o = 0; o < count; o++)
        {
            var rect = SKRect.Create(left + o % columns * (tile + gap), top + o / columns * (tile + gap), tile, tile);
            var filter = weights.AsSpan(o * k * k, k * k);
            var scale = Math.Max(1e-8f, MathF.Abs(System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(filter))); // MaxMagnitude keeps the sign
            var values = filter.ToArray();
            c.Heatmap(values, k, k, v => Grey(0.5f + v / (2 * scale)), rect);
            c.Rect(rect, null, SlideCanvas.Frame, 1);
        }
    }

    /// <summary>Columns of a near-square grid without a ragged last row when one exists: 8 → 4×2, 16 → 4×4, 32 → 8×4, 7 → 3×3.</summary>
    public static int Columns(int count)
    {
        var root = (int)Math.Ceiling(Math.Sqrt(count));
        for (var columns = root; columns <= 2 * root; columns++)
        {
            if (count % columns == 0)
            {
                return columns;
            }
        }
        return root;
    }

    public static SKColor Grey(float level)
    {
        var b = (byte)Math.Clamp(MathF.Round(level * 255), 0, 255);
        return new SKColor(b, b, b);
    }
}
