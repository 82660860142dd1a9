using System.IO.Compression;

namespace NnLesson.Tests.Shared;

/// <summary>
/// Tiny IDX data sets written by the tests themselves (the MNIST format: 00 00 08 d, d big-endian sizes, the bytes):
/// 28×28 grey images of bars whose direction is the class — 0 horizontal, 1 vertical, 2 diagonal — at random places,
/// drawn from a seed. A CNN learns them in a few epochs; nothing here needs the real Fashion-MNIST.
/// </summary>
public static class TinyIdx
{
    public const int Side = 28;

    /// <summary>A folder with the four gzip IDX files: <paramref name="train"/> and <paramref name="test"/> images of <paramref name="classes"/> (≤ 3) bar directions.</summary>
    public static string Folder(int train, int test, int classes = 3, int seed = 1, bool gzip = true, string? name = null)
    {
        var folder = Path.Combine(RepoPaths.NewTempFolder(), name ?? "bars");
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        foreach (var (prefix, count) in new[] { ("train", train), ("t10k", test) })
        {
            var (pixels, labels) = Bars(count, classes, random);
            Write(Path.Combine(folder, $"{prefix}-images-idx3-ubyte"), [count, Side, Side], pixels, gzip);
            Write(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte"), [count], labels, gzip);
        }
        return folder;
    }

    public static (byte[] Pixels, byte[] Labels) Bars(int count, int classes, Random random)
    {
        var pixels = new byte[count * Side * Side];
        var labels = new byte[count];
        for (var n = 0; n < count; n++)
        {
            var label = n % classes;
            labels[n] = (byte)label;
            var (a, b) = (random.Next(6, 22), random.Next(4, 10));
            for (var t = 0; t < 16; t++)
            {
                var (i, j) = label switch { 0 => (a, b + t), 1 => (b + t, a), _ => (b + t, b + t) };
                pixels[n * Side * Side + i * Side + j] = 255;
                pixels[n * Side * Side + i * Side + Math.Min(j + 1, Side - 1)] = 200;
            }
        }
        return (pixels, labels);
    }

    /// <summary>An IDX file of unsigned bytes with the given sizes, gzip-compressed or plain (then without ".gz").</summary>
    public static void Write(string pathWithoutGz, int[] sizes, byte[] values, bool gzip)
    {
        using var memory = new MemoryStream();
        memory.Write([0, 0, 0x08, (byte)sizes.Length]);
        foreach (var size in sizes)
        {
            memory.Write([(byte)(size >> 24), (byte)(size >> 16), (byte)(size >> 8), (byte)size]);
        }
        memory.Write(values);
        if (!gzip)
        {
            File.WriteAllBytes(pathWithoutGz, memory.ToArray());
            return;
        }
        using var file = File.Create(pathWithoutGz + ".gz");
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        memory.Position = 0;
        memory.CopyTo(zip);
    }
}
