using NnLesson.Figures.Slide8;
using NnLesson.Vision.Images;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_cam.png: the 224×224 crop, then for each top class the crop with its class activation map laid over it
/// (bilinearly enlarged from 7×7, scaled 0…1 per class, turbo colours at 50 % opacity), its name (Ukrainian on a
/// Ukrainian figure, the English label and class index smaller under it) and probability.
/// </summary>
public static class CamFigure
{
    public const string FileName = "slide7_cam.png";

    public static SavedFigure Save(CamData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang), photographic: true);

    private static readonly ScottPlot.IColormap Turbo = new ScottPlot.Colormaps.Turbo();

    private static void Draw(SlideCanvas c, CamData d, Lang lang)
    {
        var network = d.NetworkName ?? "—";
        c.Heading(Slide7Texts.CamTitle.For(lang), Slide7Texts.CamSubtitle(network, d.MapChannels, d.MapHeight, d.MapWidth).For(lang), wrapSubtitle: true);
        const float side = 340, gap = 40;
        var count = 1 + (d.Classes?.Count ?? 0);
        var left = (1600 - count * side - (count - 1) * gap) / 2;
        var photo = c.Box(left, 190, side, side);
        c.Image(d.Crop, photo);
        c.Text(Slide7Texts.CamPhoto.For(lang), photo.MidX, photo.Bottom + c.S(36), 20, SlideCanvas.Muted, align: SKTextAlign.Center);
        if (d.Classes is null)
        {
            c.Wrapped(Slide7Texts.CamMissing.For(lang), c.S(800), c.S(650), c.S(1300), 22, SlideCanvas.Ink, align: SKTextAlign.Center);
            return;
        }
        for (var i = 0; i < d.Classes.Count; i++)
        {
            var cls = d.Classes[i];
            var rect = c.Box(left + (i + 1) * (side + gap), 190, side, side);
            c.Image(Overlay(d.Crop, cls.Map, d.MapHeight, d.MapWidth), rect);
            // A Ukrainian figure names an ImageNet class in Ukrainian, the English label smaller under it (as slide 6 does).
            var name = lang == Lang.Uk && cls.UkrainianLabel is { } uk ? uk : cls.Label;
            var detail = lang == Lang.Uk && cls.UkrainianLabel is not null ? $"{cls.Label} · #{cls.Index}" : $"#{cls.Index}";
            c.Text(c.Ellipsize($"{i + 1}. {name}", rect.Width, 23, bold: true), rect.MidX, rect.Bottom + c.S(36), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Text(c.Ellipsize(detail, rect.Width, 16), rect.MidX, rect.Bottom + c.S(62), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            c.Text(NumberText.Percent(cls.Probability, lang), rect.MidX, rect.Bottom + c.S(92), 21, SlideCanvas.Ink, align: SKTextAlign.Center);
        }
        c.Wrapped(Slide7Texts.CamNote.For(lang), c.S(800), c.S(710), c.S(1400), 20, SlideCanvas.Ink, align: SKTextAlign.Center);
    }

    /// <summary>The crop blended half-and-half with turbo(M̂), M̂ = (M − min)/(max − min) enlarged bilinearly to the crop size.</summary>
    public static RgbImage Overlay(RgbImage crop, float[] map, int mapHeight, int mapWidth)
    {
        var (min, max) = (map.Min(), map.Max());
        var span = Math.Max(max - min, 1e-6f);
        var pixels = new byte[crop.Pixels.Length];
        for (var y = 0; y < crop.Height; y++)
        {
            // Pixel centres map to map coordinates (y + 0.5)·h/H − 0.5, clamped at the border.
            var fy = Math.Clamp((y + 0.5f) * mapHeight / crop.Height - 0.5f, 0, mapHeight - 1);
            int y0 = (int)fy, y1 = Math.Min(y0 + 1, mapHeight - 1);
            var ty = fy - y0;
            for (var x = 0; x < crop.Width; x++)
            {
                var fx = Math.Clamp((x + 0.5f) * mapWidth / crop.Width - 0.5f, 0, mapWidth - 1);
                int x0 = (int)fx, x1 = Math.Min(x0 + 1, mapWidth - 1);
                var tx = fx - x0;
                var v = (1 - ty) * ((1 - tx) * map[y0 * mapWidth + x0] + tx * map[y0 * mapWidth + x1])
                        + ty * ((1 - tx) * map[y1 * mapWidth + x0] + tx * map[y1 * mapWidth + x1]);
                var color = Turbo.GetColor((v - min) / span);
                var at = (y * crop.Width + x) * 3;
                pixels[at] = (byte)((crop.Pixels[at] + color.R) / 2);
                pixels[at + 1] = (byte)((crop.Pixels[at + 1] + color.G) / 2);
                pixels[at + 2] = (byte)((crop.Pixels[at + 2] + color.B) / 2);
            }
        }
        return new RgbImage(crop.Width, crop.Height, pixels);
    }
}
