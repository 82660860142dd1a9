using SkiaSharp;

namespace NnLesson.Vision.Images;

/// <summary>
/// Turns the stored pixels of a photo upright according to its EXIF orientation tag (1..8).
/// Cameras save the sensor's rows as they come and only *record* how the phone was held; a viewer
/// (and a classifier) must apply that rotation/mirror, or a portrait photo reaches the network lying on its side.
/// </summary>
/// <remarks>
/// Mapping from a displayed pixel (x', y') to the stored pixel (x, y), with W, H the stored size:
/// <code>
/// 1 TopLeft      identity                      x = x',         y = y'
/// 2 TopRight     mirror left–right             x = W−1−x',     y = y'
/// 3 BottomRight  rotate 180°                   x = W−1−x',     y = H−1−y'
/// 4 BottomLeft   mirror top–bottom             x = x',         y = H−1−y'
/// 5 LeftTop      transpose                     x = y',         y = x'
/// 6 RightTop     rotate 90° clockwise          x = y',         y = H−1−x'
/// 7 RightBottom  transverse                    x = W−1−y',     y = H−1−x'
/// 8 LeftBottom   rotate 90° counter-clockwise  x = W−1−y',     y = x'
/// </code>
/// Orientations 5–8 swap width and height.
/// </remarks>
internal static class ExifOrientation
{
    /// <summary>Returns the upright image (the same instance for orientation 1).</summary>
    public static RgbImage Apply(RgbImage stored, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return stored;
        }
        int w = stored.Width, h = stored.Height;
        var swaps = (int)origin >= 5;
        int outW = swaps ? h : w, outH = swaps ? w : h;
        var source = stored.Pixels;
        var pixels = new byte[source.Length];
        for (var yOut = 0; yOut < outH; yOut++)
        {
            for (var xOut = 0; xOut < outW; xOut++)
            {
                var (x, y) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - xOut, yOut),
                    SKEncodedOrigin.BottomRight => (w - 1 - xOut, h - 1 - yOut),
                    SKEncodedOrigin.BottomLeft => (xOut, h - 1 - yOut),
                    SKEncodedOrigin.LeftTop => (yOut, xOut),
                    SKEncodedOrigin.RightTop => (yOut, h - 1 - xOut),
                    SKEncodedOrigin.RightBottom => (w - 1 - yOut, h - 1 - xOut),
                    SKEncodedOrigin.LeftBottom => (w - 1 - yOut, xOut),
                    _ => (xOut, yOut),
                };
                var from = (y * w + x) * 3;
                var to = (yOut * outW + xOut) * 3;
                pixels[to] = source[from];
                pixels[to + 1] = source[from + 1];
                pixels[to + 2] = source[from + 2];
            }
        }
        return new RgbImage(outW, outH, pixels);
    }
}
