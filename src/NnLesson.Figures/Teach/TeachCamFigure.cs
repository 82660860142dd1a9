using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Teach;

/// <summary>
/// teach_cam.png: for a few validation photos, the photo as the network saw it (224×224) and the same photo
/// with its class activation map for the predicted class laid over it (the 7×7 map upsampled smoothly, each map
/// scaled to its own range: warm = more evidence for the class, no colour = the least).
/// </summary>
public static class TeachCamFigure
{
    public const string FileName = "teach_cam.png";
    public const int MaxPanels = 4;

    public static SavedFigure Save(IReadOnlyList<CamPanel> panels, IReadOnlyList<string> classes, Lang lang, FigureSize size, string path) =>
        SlideCanvas.Save(size, path, c => Draw(c, panels, classes, lang), photographic: true);

    private static void Draw(SlideCanvas c, IReadOnlyList<CamPanel> panels, IReadOnlyList<string> classes, Lang lang)
    {
        float w = c.Size.Width, h = c.Size.Height;
        c.Text(TeachTexts.CamTitle.For(lang), w / 2, c.S(50), 32, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Wrapped(TeachTexts.CamFormula.For(lang), w / 2, c.S(86), w - c.S(120), 19, SlideCanvas.Muted, align: SKTextAlign.Center);

        var count = Math.Min(MaxPanels, panels.Count);
        var columnW = (w - c.S(40)) / Math.Max(1, count);
        var side = Math.Min(columnW - c.S(30), (h - c.S(320)) / 2);
        for (var i = 0; i < count; i++)
        {
            var panel = panels[i];
            var x = c.S(20) + i * columnW + (columnW - side) / 2;
            var photoRect = SKRect.Create(x, c.S(150), side, side);
            c.Image(panel.Photo.Crop, photoRect);
            c.Rect(photoRect, null, SlideCanvas.Frame, 1);
            var camRect = SKRect.Create(x, photoRect.Bottom + c.S(16), side, side);
            c.Image(panel.Photo.Crop, camRect);
            Overlay(c.Canvas, panel, camRect);
            c.Rect(camRect, null, SlideCanvas.Frame, 1);

            var textY = camRect.Bottom + c.S(30);
            var color = panel.Photo.Correct ? SlideCanvas.Ink : new SKColor(0xD0, 0x10, 0x10);
            c.Text(c.Ellipsize($"{TeachTexts.TrueShort.For(lang)}: {classes[panel.Photo.TrueClass]}", columnW - c.S(10), 18), x + side / 2, textY, 18,
                SlideCanvas.Ink, align: SKTextAlign.Center);
            c.Text(c.Ellipsize($"{TeachTexts.PredictedShort.For(lang)}: {classes[panel.Photo.PredictedClass]} {NumberText.Percent(panel.Photo.Probability, lang, 0)}",
                columnW - c.S(10), 18), x + side / 2, textY + c.S(25), 18, color, bold: true, align: SKTextAlign.Center);
            c.Text(c.Ellipsize(string.Format(TeachTexts.MapFor.For(lang), classes[panel.Photo.PredictedClass]), columnW - c.S(10), 15), x + side / 2,
                textY + c.S(48), 15, SlideCanvas.Muted, align: SKTextAlign.Center);
        }
        var bar = SKRect.Create(w / 2 - c.S(200), h - c.S(34), c.S(400), c.S(16));
        c.ColorBar(bar, t => Heat(t, 255));
        c.Text(TeachTexts.CamLow.For(lang), bar.Left - c.S(10), bar.Bottom, 16, SlideCanvas.Muted, align: SKTextAlign.Right);
        c.Text(TeachTexts.CamHigh.For(lang), bar.Right + c.S(10), bar.Bottom, 16, SlideCanvas.Muted);
    }

    /// <summary>The map scaled to 0…1 over its own range, coloured by <see cref="Heat"/> with opacity growing with the value, drawn smoothly over the rectangle.</summary>
    private static void Overlay(SKCanvas canvas, CamPanel panel, SKRect target)
    {
        var map = panel.Map;
        float min = map.Min(), max = map.Max();
        var range = max > min ? max - min : 1;
        var rgba = new byte[map.Length * 4];
        for (var i = 0; i < map.Length; i++)
        {
            var t = (map[i] - min) / range;
            var color = Heat(t, (byte)(40 + 170 * t));
            // Premultiplied, as SkiaSharp blends it.
            rgba[4 * i] = (byte)(color.Red * color.Alpha / 255);
            rgba[4 * i + 1] = (byte)(color.Green * color.Alpha / 255);
            rgba[4 * i + 2] = (byte)(color.Blue * color.Alpha / 255);
            rgba[4 * i + 3] = color.Alpha;
        }
        using var image = SKImage.FromPixelCopy(new SKImageInfo(panel.Width, panel.Height, SKColorType.Rgba8888, SKAlphaType.Premul), rgba, panel.Width * 4);
        // Bilinear upsampling of the 7×7 map: each value sits at the centre of the 32×32 patch of the photo it summarises.
        canvas.DrawImage(image, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    /// <summary>A dark-blue → cyan → yellow → red ramp for t in 0…1.</summary>
    public static SKColor Heat(float t, byte alpha)
    {
        t = Math.Clamp(t, 0, 1);
        (float R, float G, float B)[] stops = [(0.05f, 0.1f, 0.45f), (0.0f, 0.7f, 0.9f), (1.0f, 0.9f, 0.1f), (0.85f, 0.1f, 0.05f)];
        var scaled = t * (stops.Length - 1);
        var i = Math.Min((int)scaled, stops.Length - 2);
        var f = scaled - i;
        var (a, b) = (stops[i], stops[i + 1]);
        return new SKColor((byte)(255 * (a.R + (b.R - a.R) * f)), (byte)(255 * (a.G + (b.G - a.G) * f)), (byte)(255 * (a.B + (b.B - a.B) * f)), alpha);
    }
}
