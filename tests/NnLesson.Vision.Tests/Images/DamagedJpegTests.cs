using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Images;

/// <summary>
/// Defect 4 of issue 6: libjpeg pads missing or garbled data with grey and only warns, and SkiaSharp reported
/// success, so a JPEG whose header says 8000×8000 but which holds 64×48 of data was "classified", and 2 kB of
/// garbage in a photo's middle passed. Both are now refused with the reason, before the pixels are allocated.
/// </summary>
public class DamagedJpegTests
{
    /// <summary>Finds the SOF0..SOF2 segment and writes new height and width into it (bytes 5..8 after the marker).</summary>
    internal static byte[] WithDeclaredSize(byte[] jpeg, int width, int height)
    {
        var patched = (byte[])jpeg.Clone();
        for (var i = 2; i + 9 < patched.Length; i++)
        {
            if (patched[i] == 0xFF && patched[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                patched[i + 5] = (byte)(height >> 8);
                patched[i + 6] = (byte)height;
                patched[i + 7] = (byte)(width >> 8);
                patched[i + 8] = (byte)width;
                return patched;
            }
        }
        throw new InvalidOperationException("no SOF marker");
    }

    [Fact]
    public void A_header_claiming_8000x8000_over_64x48_of_data_is_refused_as_damaged()
    {
        var small = JpegFile.Encode(TestImages.Generate(64, 48, (x, y) => ((byte)(x * 4), (byte)(y * 5), 90)));
        var path = TestImages.Write("big_claim.jpg", WithDeclaredSize(small, 8000, 8000));

        var e = Assert.Throws<LessonException>(() => ImageLoader.Load(path));

        Assert.Contains("8000×8000", e.Message);
        Assert.Contains("damaged", e.Message);
        Assert.Contains(path, e.Message);
    }

    [SharedFact]
    public void Two_kilobytes_of_garbage_in_the_middle_of_a_photo_are_refused()
    {
        var photo = File.ReadAllBytes(RepoPaths.SharedImage("banana_0.jpg"));
        var garbage = new byte[2048];
        new Random(6).NextBytes(garbage);
        var middle = photo.Length / 2;
        var damaged = photo[..middle].Concat(garbage).Concat(photo[middle..]).ToArray();
        var path = TestImages.Write("garbage_middle.jpg", damaged);

        var e = Assert.Throws<LessonException>(() => ImageLoader.Load(path));

        Assert.Contains("damaged", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    public static TheoryData<string> RealJpegs()
    {
        var data = new TheoryData<string> { Path.Combine(RepoPaths.Root, "data", "sample.jpg") };
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared, "images"), "*.jpg"))
        {
            data.Add(file);
        }
        return data;
    }

    [SharedTheory]
    [MemberData(nameof(RealJpegs))]
    public void Every_real_photo_still_loads(string path)
    {
        var photo = ImageLoader.Load(path);
        Assert.True(photo.Width > 0 && photo.Height > 0);
    }

    [Fact]
    public void A_declared_size_that_does_not_fit_in_memory_is_refused_before_allocating()
    {
        // 8192×8192 costs 7 bytes a pixel while decoding (RGBA + RGB): 470 MB; with 100 MB available it must be refused.
        var e = Assert.Throws<LessonException>(() => ImageLoader.CheckMemory("big.png", 8192, 8192, availableBytes: 100L << 20));
        Assert.Contains("8192×8192", e.Message);
        Assert.Contains("MB", e.Message);
        ImageLoader.CheckMemory("small.png", 451, 300, availableBytes: 100L << 20);
    }
}
