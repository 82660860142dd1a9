using NnLesson.Vision.Images;

namespace NnLesson.Figures.Slide8;

/// <summary>
/// Stage 1: the photo as the decoder delivers it, with its real shape H×W×C, and its centre enlarged until
/// single pixels show, one of them read out as three bytes: "an image is an array of numbers", shown.
/// </summary>
internal static class PhotoPanel
{
    /// <summary>Side of the enlarged patch, in pixels of the photo.</summary>
    public const int ZoomPixels = 9;

    public static void Draw(SlideCanvas c, SKRect content, RgbImage photo, Lang lang)
    {
        // The photo gets what the numbers below leave free (they need about 360 design pixels).
        var box = new SKRect(content.Left, content.Top, content.Right, content.Top + Math.Min(c.S(270), content.Height - c.S(362)));
        var fitted = SlideCanvas.Fit(box, photo.Width, photo.Height);
        var picture = SKRect.Create(fitted.Left, box.Top, fitted.Width, fitted.Height); // top-aligned
        c.Image(photo, picture);
        c.Rect(picture, null, SlideCanvas.Frame, 1);

        // The centre pixel (y, x) and the patch around it.
        var (cy, cx) = (photo.Height / 2, photo.Width / 2);
        var half = ZoomPixels / 2;
        var mark = new SKPoint(picture.Left + (cx + 0.5f) * picture.Width / photo.Width, picture.Top + (cy + 0.5f) * picture.Height / photo.Height);
        Ring(c, mark, c.S(11));

        var x = content.MidX;
        var y = picture.Bottom + c.S(50);
        c.Text(photo.Shape, x, y, 34, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        y += c.S(28);
        c.Text(PipelineTexts.HeightWidthChannels.For(lang), x, y, 19, SlideCanvas.Muted, align: SKTextAlign.Center);
        y += c.S(32);
        c.Text(PipelineTexts.Uint8Range.For(lang), x, y, 20, SlideCanvas.Ink, align: SKTextAlign.Center);

        y += c.S(44);
        c.Text(PipelineTexts.Zoom(ZoomPixels).For(lang), x, y, 17, SlideCanvas.Muted, align: SKTextAlign.Center);
        var cell = c.S(13);
        var patch = SKRect.Create(x - cell * ZoomPixels / 2, y + c.S(10), cell * ZoomPixels, cell * ZoomPixels);
        for (var dy = -half; dy <= half; dy++)
        {
            for (var dx = -half; dx <= half; dx++)
            {
                var (py, px) = (Math.Clamp(cy + dy, 0, photo.Height - 1), Math.Clamp(cx + dx, 0, photo.Width - 1));
                var rect = SKRect.Create(patch.Left + (dx + half) * cell, patch.Top + (dy + half) * cell, cell, cell);
                c.Rect(rect, new SKColor(photo[py, px, 0], photo[py, px, 1], photo[py, px, 2]), SKColors.White, 0.8f);
            }
        }
        c.Rect(patch, null, SlideCanvas.Muted, 1); // outline, so a white patch on the white slide still shows
        c.Rect(SKRect.Create(patch.Left + half * cell, patch.Top + half * cell, cell, cell), null, SlideCanvas.Ink, 2.5f);

        y = patch.Bottom + c.S(32);
        c.Text(PipelineTexts.CentrePixel(cy, cx).For(lang), x, y, 17, SlideCanvas.Muted, align: SKTextAlign.Center);
        y += c.S(28);
        c.Text($"R {photo[cy, cx, 0]} · G {photo[cy, cx, 1]} · B {photo[cy, cx, 2]}", x, y, 20, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
    }

    /// <summary>A ring visible on any background: white under, ink on top.</summary>
    private static void Ring(SlideCanvas c, SKPoint centre, float radius)
    {
        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = c.S(5) };
        c.Canvas.DrawCircle(centre, radius, ring);
        ring.Color = SlideCanvas.Ink;
        ring.StrokeWidth = c.S(2.5f);
        c.Canvas.DrawCircle(centre, radius, ring);
    }
}
