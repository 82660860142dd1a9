namespace NnLesson.Vision.Images;

/// <summary>
/// An 8-bit RGB image, the common currency between decoding, preprocessing, classifiers and figures.
/// Pixels: [height, width, 3] interleaved (HWC), row-major, no padding: (y, x, c) is at (y·Width + x)·3 + c.
/// </summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (pixels.Length != width * height * 3)
        {
            throw new ArgumentException($"Expected {width}×{height}×3 = {width * height * 3} bytes, got {pixels.Length}.", nameof(pixels));
        }
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>[Height, Width, 3] bytes, RGB order.</summary>
    public byte[] Pixels { get; }

    /// <summary>"H×W×C" the way slide 8 labels a raw photo, e.g. "300×451×3".</summary>
    public string Shape => $"{Height}×{Width}×3";

    public byte this[int y, int x, int channel] => Pixels[(y * Width + x) * 3 + channel];
}
