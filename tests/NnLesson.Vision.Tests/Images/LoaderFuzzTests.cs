using System.Diagnostics;
using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.Classification;
using SkiaSharp;

namespace NnLesson.Vision.Tests.Images;

/// <summary>
/// Item 9 of issue 6: a seeded fuzz test. 320 mutations of real photos (JPEG and PNG): truncations, flipped bytes,
/// wrong declared sizes, inserted / deleted / duplicated chunks, each run through the loader and, when it decodes,
/// through preprocessing and the real classifier. Every case must end within its time bound, allocate a bounded
/// amount of memory, and either succeed or fail with a <see cref="LessonException"/> of one line naming the file;
/// any other exception is a bug. Same seed → same cases, so a failure names a reproducible case number.
/// </summary>
[Collection(AllocationCountingCollection.Name)]
public sealed class LoaderFuzzTests(SharedClassifierFixture shared) : IClassFixture<SharedClassifierFixture>
{
    private const int Seed = 6_2026, Cases = 320;

    /// <summary>Per case: generous for a 2-core box shared with other work; a hang is minutes, not seconds.</summary>
    private static readonly TimeSpan CaseBound = TimeSpan.FromSeconds(15);

    private static IReadOnlyList<(string Name, byte[] Bytes)> Originals()
    {
        var sample = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "data", "sample.jpg"));
        using var bitmap = SKBitmap.Decode(sample);
        using var small = bitmap.Resize(new SKImageInfo(160, 106), new SKSamplingOptions(SKFilterMode.Linear));
        using var png = small.Encode(SKEncodedImageFormat.Png, 100);
        return [("sample.jpg", sample), ("banana.jpg", File.ReadAllBytes(RepoPaths.SharedImage("banana_0.jpg"))), ("small.png", png.ToArray())];
    }

    [SharedFact]
    public async Task Seeded_mutations_of_real_photos_fail_clearly_or_classify()
    {
        var random = new Random(Seed);
        var originals = Originals();
        var folder = RepoPaths.NewTempFolder("nnlesson-fuzz");
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var (name, original) = originals[i % originals.Count];
            var (kind, bytes) = Mutate(original, random);
            var path = Path.Combine(folder, $"case{i:D3}_{kind}{Path.GetExtension(name)}");
            File.WriteAllBytes(path, bytes);
            var description = $"case {i} ({kind} of {name}, seed {Seed})";

            var before = GC.GetTotalAllocatedBytes(precise: false);
            var clock = Stopwatch.StartNew();
            var run = Task.Run(() => LoadAndClassify(path, shared.Classifier));
            var finished = await Task.WhenAny(run, Task.Delay(CaseBound));
            Assert.True(finished == run, $"{description} did not finish within {CaseBound.TotalSeconds} s");
            var outcome = await run;
            var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;

            // Decoding may cost 7 bytes a declared pixel (≤ 64 Mpx); beyond ~1 GB something ignored the limits.
            Assert.True(allocated < 1L << 30, $"{description} allocated {allocated:N0} bytes");
            if (outcome is { } message)
            {
                Assert.False(message.StartsWith("BUG:", StringComparison.Ordinal), $"{description}: {message}");
                Assert.DoesNotContain('\n', message);
                Assert.Contains(Path.GetFileName(path), message);
            }
            var key = outcome is null ? "classified" : "refused";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            File.Delete(path);
            _ = clock;
        }
        // The mutations must exercise both paths, or the test proves little.
        Assert.True(outcomes.GetValueOrDefault("refused") > Cases / 4, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault("classified") > 10, string.Join(", ", outcomes));
    }

    /// <summary>Null when the photo was classified; the LessonException's message when refused; "BUG: …" for anything else.</summary>
    private static string? LoadAndClassify(string path, OnnxImageClassifier classifier)
    {
        try
        {
            var photo = ImageLoader.Load(path);
            try
            {
                var result = classifier.Classify(ImageNetPreprocessing.Run(photo), 3);
                return result.Top.Count == 3 ? null : "BUG: wrong top count";
            }
            catch (LessonException e)
            {
                // Preprocessing and inference messages do not carry the path; classify adds it (ClassifyRun).
                return $"'{path}': {e.Message}";
            }
        }
        catch (LessonException e)
        {
            return e.Message;
        }
        catch (Exception e)
        {
            return $"BUG: {e.GetType().Name}: {e.Message}";
        }
    }

    private static (string Kind, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(7))
        {
            case 0:
                return ("truncated", bytes[..random.Next(1, bytes.Length)]);
            case 1:
                for (var k = random.Next(1, 9); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }
                return ("flipped", bytes);
            case 2:
                return ("declared", WithDeclaredSize(bytes, random.Next(1, 1 << random.Next(1, 15)), random.Next(1, 1 << random.Next(1, 15))));
            case 3:
            {
                var at = random.Next(bytes.Length);
                var chunk = new byte[random.Next(1, 4096)];
                random.NextBytes(chunk);
                return ("inserted", [.. bytes[..at], .. chunk, .. bytes[at..]]);
            }
            case 4:
            {
                var at = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 4096), bytes.Length - at);
                return ("deleted", [.. bytes[..at], .. bytes[(at + length)..]]);
            }
            case 5:
            {
                var at = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 4096), bytes.Length - at);
                return ("duplicated", [.. bytes[..(at + length)], .. bytes[at..]]);
            }
            default:
            {
                var at = random.Next(bytes.Length);
                var chunk = new byte[Math.Min(random.Next(1, 2048), bytes.Length - at)];
                random.NextBytes(chunk);
                chunk.CopyTo(bytes, at);
                return ("overwritten", bytes);
            }
        }
    }

    /// <summary>Writes a new width and height into the JPEG SOF or the PNG IHDR (the PNG's CRC is left stale on purpose half the time).</summary>
    private static byte[] WithDeclaredSize(byte[] bytes, int width, int height)
    {
        if (bytes.Length > 24 && bytes[1] == (byte)'P')
        {
            // PNG: signature (8), length (4), "IHDR" (4), width (4, big-endian), height (4).
            WriteBigEndian(bytes, 16, width);
            WriteBigEndian(bytes, 20, height);
            return bytes;
        }
        for (var i = 2; i + 9 < bytes.Length; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                bytes[i + 5] = (byte)(height >> 8);
                bytes[i + 6] = (byte)height;
                bytes[i + 7] = (byte)(width >> 8);
                bytes[i + 8] = (byte)width;
                break;
            }
        }
        return bytes;
    }

    private static void WriteBigEndian(byte[] bytes, int at, int value)
    {
        bytes[at] = (byte)(value >> 24);
        bytes[at + 1] = (byte)(value >> 16);
        bytes[at + 2] = (byte)(value >> 8);
        bytes[at + 3] = (byte)value;
    }
}
