using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>JPEG test files: encoded with SkiaSharp, optionally with an EXIF orientation tag spliced in.</summary>
public static class JpegFile
{
    public static byte[] Encode(RgbImage image, int quality = 95) => Encode(image, SKEncodedImageFormat.Jpeg, quality);

    /// <summary>Encodes an RGB image with SkiaSharp in the given format (JPEG, PNG, WebP lossy).</summary>
    public static byte[] Encode(RgbImage image, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = ToBitmap(image);
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>Lossless WebP (exact pixels).</summary>
    public static byte[] EncodeLosslessWebp(RgbImage image)
    {
        using var bitmap = ToBitmap(image);
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 100))
            ?? throw new InvalidOperationException("SkiaSharp could not encode WebP.");
        return data.ToArray();
    }

    public static SKBitmap ToBitmap(RgbImage image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor(image[y, x, 0], image[y, x, 1], image[y, x, 2]));
            }
        }
        return bitmap;
    }

    /// <summary>
    /// Inserts an APP1 "Exif" segment right after the JPEG's SOI marker holding one IFD0 entry:
    /// Orientation (tag 0x0112, SHORT) = <paramref name="orientation"/>. TIFF header big-endian ("MM").
    /// </summary>
    public static byte[] WithExifOrientation(byte[] jpeg, int orientation)
    {
        if (jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("Not a JPEG (no SOI marker).");
        }
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 34,                       // APP1, length 34 (counts itself, not the marker)
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A,           // TIFF header: big-endian, magic 42
            0x00, 0x00, 0x00, 0x08,                     // offset of IFD0
            0x00, 0x01,                                 // one entry
            0x01, 0x12, 0x00, 0x03,                     // tag Orientation, type SHORT
            0x00, 0x00, 0x00, 0x01,                     // count 1
            0x00, (byte)orientation, 0x00, 0x00,        // value, left-justified in 4 bytes
            0x00, 0x00, 0x00, 0x00,                     // no next IFD
        ];
        return [.. jpeg.AsSpan(0, 2), .. exif, .. jpeg.AsSpan(2)];
    }
}
