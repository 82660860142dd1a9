using NnLesson.Vision.Images;

namespace NnLesson.Figures.Common;

// Pictures and shapes: photos (RgbImage), heatmaps of tensors, boxes, lines, arrows, colour bars.
public sealed partial class SlideCanvas
{
    /// <summary>Draws an RGB image scaled into <paramref name="target"/> (the caller keeps the aspect ratio).</summary>
    public void Image(RgbImage image, SKRect target, bool smooth = true)
    {
        using var skImage = ToSkImage(image);
        Canvas.DrawImage(skImage, target, Sampling(smooth));
    }

    /// <summary>
    /// Draws a map M: [height, width] row-major as a heatmap into <paramref name="target"/>, each value coloured by
    /// <paramref name="color"/>. Nearest-neighbour sampling: every tensor element stays a visible square.
    /// </summary>
    public void Heatmap(ReadOnlySpan<float> map, int width, int height, Func<float, SKColor> color, SKRect target)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var c = color(map[i]);
            rgba[4 * i] = c.Red;
            rgba[4 * i + 1] = c.Green;
            rgba[4 * i + 2] = c.Blue;
            rgba[4 * i + 3] = 255;
        }
        using var image = SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque), rgba, width * 4);
        Canvas.DrawImage(image, target, Sampling(smooth: false));
    }

    public void Rect(SKRect rect, SKColor? fill, SKColor? stroke, float designStroke = 1.5f, float designRadius = 0, bool dashed = false)
    {
        if (fill is { } f)
        {
            using var paint = new SKPaint { Color = f, IsAntialias = true, Style = SKPaintStyle.Fill };
            Canvas.DrawRoundRect(rect, S(designRadius), S(designRadius), paint);
        }
        if (stroke is { } s)
        {
            using var effect = dashed ? SKPathEffect.CreateDash([S(10), S(7)], 0) : null;
            using var paint = new SKPaint { Color = s, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = S(designStroke), PathEffect = effect };
            Canvas.DrawRoundRect(rect, S(designRadius), S(designRadius), paint);
        }
    }

    /// <summary>A straight line from (x0, y0) to (x1, y1) real pixels, solid or dashed.</summary>
    public void Line(float x0, float y0, float x1, float y1, SKColor color, float designWidth = 1.5f, bool dashed = false)
    {
        using var effect = dashed ? SKPathEffect.CreateDash([S(10), S(7)], 0) : null;
        using var paint = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = S(designWidth), PathEffect = effect };
        Canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    /// <summary>A thick horizontal arrow from x0 to x1 at height y (the flow of data between stages).</summary>
    public void Arrow(float x0, float x1, float y, SKColor color, float designWidth = 7)
    {
        var head = S(designWidth * 2.6f);
        using var paint = new SKPaint { Color = color, IsAntialias = true, StrokeWidth = S(designWidth), StrokeCap = SKStrokeCap.Round };
        Canvas.DrawLine(x0, y, x1 - head * 0.8f, y, paint);
        using var path = new SKPath();
        path.MoveTo(x1, y);
        path.LineTo(x1 - head, y - head * 0.6f);
        path.LineTo(x1 - head, y + head * 0.6f);
        path.Close();
        paint.Style = SKPaintStyle.Fill;
        Canvas.DrawPath(path, paint);
    }

    /// <summary>A horizontal colour bar: <paramref name="color"/>(t) for t from 0 (left) to 1 (right).</summary>
    public void ColorBar(SKRect rect, Func<float, SKColor> color)
    {
        var steps = Math.Max(2, (int)rect.Width);
        using var paint = new SKPaint { Style = SKPaintStyle.Fill };
        for (var i = 0; i < steps; i++)
        {
            paint.Color = color((i + 0.5f) / steps);
            Canvas.DrawRect(rect.Left + i * rect.Width / steps, rect.Top, rect.Width / steps + 1, rect.Height, paint);
        }
        Rect(rect, null, Muted, 1);
    }

    /// <summary>The largest rectangle of the given aspect ratio centred in <paramref name="box"/>.</summary>
    public static SKRect Fit(SKRect box, float width, float height)
    {
        var scale = Math.Min(box.Width / width, box.Height / height);
        var w = width * scale;
        var h = height * scale;
        return SKRect.Create(box.MidX - w / 2, box.MidY - h / 2, w, h);
    }

    private static SKSamplingOptions Sampling(bool smooth) =>
        // Smooth: trilinear with mipmaps, so a 1500-pixel photo shrunk to 300 does not alias.
        smooth ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear) : new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None);

    private static SKImage ToSkImage(RgbImage image)
    {
        var rgba = new byte[image.Width * image.Height * 4];
        for (int i = 0, j = 0; i < image.Pixels.Length; i += 3, j += 4)
        {
            rgba[j] = image.Pixels[i];
            rgba[j + 1] = image.Pixels[i + 1];
            rgba[j + 2] = image.Pixels[i + 2];
            rgba[j + 3] = 255;
        }
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        return SKImage.FromPixelCopy(info, rgba, image.Width * 4);
    }
}
