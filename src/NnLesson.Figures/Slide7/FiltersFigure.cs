using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_filters.png: every first-layer filter w[o]: [3, k, k] as a colour tile, 8 per row; each filter scaled
/// on its own to 0.5 + w / (2·max|w[o]|) per channel, so grey is 0 and the pattern (edge, stripe, blob) shows.
/// </summary>
public static class FiltersFigure
{
    public const string FileName = "slide7_filters.png";

    public static SavedFigure Save(FiltersData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, FiltersData d, Lang lang)
    {
        c.Text(Slide7Texts.FiltersTitle(d.Count, d.KernelSize).For(lang), c.S(800), c.S(52), 32, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        const int perRow = 8;
        const float tile = 84, gap = 8;
        var left = 60f;
        var top = 95f;
        var k = d.KernelSize;
        for (var o = 0; o < d.Count; o++)
        {
            var rect = c.Box(left + o % perRow * (tile + gap), top + o / perRow * (tile + gap), tile, tile);
            c.Canvas.Save();
            using (var image = TileImage(d.Weights.AsSpan(o * 3 * k * k, 3 * k * k), k))
            {
                c.Canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
            }
            c.Canvas.Restore();
            c.Rect(rect, null, SlideCanvas.Frame, 1);
        }
        var textLeft = c.S(left + perRow * (tile + gap) + 40);
        var width = c.S(1560) - textLeft;
        c.Text(Slide7Texts.FiltersShape(d.Count, k).For(lang), textLeft, c.S(150), 28, SlideCanvas.Ink, bold: true);
        c.Text(d.NetworkName, textLeft, c.S(190), 19, SlideCanvas.Muted);
        var y = c.S(250);
        foreach (var paragraph in Slide7Texts.FiltersNotes.For(lang).Split('\n'))
        {
            y = c.Wrapped(paragraph, textLeft, y, width, 21, SlideCanvas.Ink) + c.S(34);
        }
    }

    private static SKImage TileImage(ReadOnlySpan<float> filter, int k)
    {
        var scale = 0f;
        foreach (var v in filter)
        {
            scale = Math.Max(scale, MathF.Abs(v));
        }
        scale = Math.Max(scale, 1e-8f);
        var rgba = new byte[k * k * 4];
        for (var p = 0; p < k * k; p++)
        {
            for (var ch = 0; ch < 3; ch++)
            {
                rgba[4 * p + ch] = (byte)Math.Clamp(MathF.Round((0.5f + filter[ch * k * k + p] / (2 * scale)) * 255), 0, 255);
            }
            rgba[4 * p + 3] = 255;
        }
        return SKImage.FromPixelCopy(new SKImageInfo(k, k, SKColorType.Rgba8888, SKAlphaType.Opaque), rgba, k * 4);
    }
}
