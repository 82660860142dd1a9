using SkiaSharp;

namespace NnLesson.Slides.Tests.Animation;

/// <summary>Checks an animated GIF with SkiaSharp's decoder (independent of the encoder that wrote it).</summary>
public static class GifAssert
{
    /// <summary>The most a slide animation may weigh at 960×540.</summary>
    public const long MaxBytes = 3 * 1024 * 1024;

    /// <summary>Asserts a GIF of the given size, at most 3 MB, with <paramref name="frames"/> frames, every one of them not blank; returns the decoded frames.</summary>
    public static List<SKBitmap> IsAnimation(string path, int width, int height, int frames)
    {
        Assert.True(File.Exists(path), $"{path} was not written.");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length <= MaxBytes, $"{path} is {bytes.Length} bytes, more than 3 MB.");
        Assert.Equal("GIF89a"u8.ToArray(), bytes[..6]);
        using var codec = SKCodec.Create(path);
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Gif, codec.EncodedFormat);
        Assert.Equal((width, height), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(frames, codec.FrameCount);
        Assert.Equal(-1, codec.RepetitionCount); // Skia reports a loop-forever GIF as -1 (kRepetitionCountInfinite)
        var decoded = new List<SKBitmap>();
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        for (var k = 0; k < codec.FrameCount; k++)
        {
            var bitmap = new SKBitmap(info);
            // Every frame is stored whole (no dependency on the previous one), so each decodes on its own.
            var result = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(k));
            Assert.Equal(SKCodecResult.Success, result);
            PngAssert.AssertNotBlank(bitmap, $"{Path.GetFileName(path)} frame {k}");
            decoded.Add(bitmap);
        }
        return decoded;
    }

    /// <summary>How many of the sampled pixels differ between two frames.</summary>
    public static int DifferentPixels(SKBitmap a, SKBitmap b)
    {
        var different = 0;
        for (var y = 0; y < a.Height; y += 4)
        {
            for (var x = 0; x < a.Width; x += 4)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    different++;
                }
            }
        }
        return different;
    }
}
