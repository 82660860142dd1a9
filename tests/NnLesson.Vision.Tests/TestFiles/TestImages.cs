using NnLesson.Vision.Images;

namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>Small synthetic images and a place to write test files.</summary>
public static class TestImages
{
    /// <summary>Writes <paramref name="bytes"/> to a new temp folder as <paramref name="name"/> and returns the path.</summary>
    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("nnlesson-vision"), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>An image of one colour.</summary>
    public static RgbImage Solid(int width, int height, byte r, byte g, byte b) =>
        Generate(width, height, (_, _) => (r, g, b));

    /// <summary>An image whose pixel (x, y) is <paramref name="color"/>(x, y).</summary>
    public static RgbImage Generate(int width, int height, Func<int, int, (byte R, byte G, byte B)> color)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = color(x, y);
                pixels[(y * width + x) * 3] = r;
                pixels[(y * width + x) * 3 + 1] = g;
                pixels[(y * width + x) * 3 + 2] = b;
            }
        }
        return new RgbImage(width, height, pixels);
    }

    public static (byte R, byte G, byte B) Pixel(RgbImage image, int x, int y) => (image[y, x, 0], image[y, x, 1], image[y, x, 2]);
}
