using SkiaSharp;

namespace NnLesson.Tests.Shared;

/// <summary>Checks a figure as a viewer would: it decodes, has the promised size, and is not blank.</summary>
public static class PngAssert
{
    /// <summary>Decodes the PNG (failing the test if it cannot) and returns the bitmap for pixel checks.</summary>
    public static SKBitmap Decode(string path)
    {
        Assert.True(File.Exists(path), $"{path} was not written.");
        var bitmap = SKBitmap.Decode(path);
        Assert.True(bitmap is not null, $"{path} does not decode as an image.");
        return bitmap!;
    }

    public static SKBitmap IsFigure(string path, int width, int height)
    {
        var bitmap = Decode(path);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        AssertNotBlank(bitmap, path);
        return bitmap;
    }

    /// <summary>Not blank: more than a handful of distinct colours, and not almost all one colour.</summary>
    public static void AssertNotBlank(SKBitmap bitmap, string what)
    {
        var counts = new Dictionary<uint, int>();
        var step = Math.Max(1, bitmap.Width * bitmap.Height / 40_000);
        var sampled = 0;
        for (var i = 0; i < bitmap.Width * bitmap.Height; i += step)
        {
            var color = (uint)bitmap.GetPixel(i % bitmap.Width, i / bitmap.Width);
            counts[color] = counts.GetValueOrDefault(color) + 1;
            sampled++;
        }
        Assert.True(counts.Count >= 8, $"{what} looks blank: only {counts.Count} distinct colours.");
        var dominant = counts.Values.Max() / (double)sampled;
        Assert.True(dominant < 0.98, $"{what} looks blank: {dominant:P1} of pixels are one colour.");
    }
}
