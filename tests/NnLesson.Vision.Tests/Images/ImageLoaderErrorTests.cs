using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Images;

/// <summary>Every bad input is a one-line <see cref="LessonException"/> that names the file.</summary>
public class ImageLoaderErrorTests
{
    [Fact]
    public void Missing_file()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "no-such-photo.jpg");
        AssertRefused(path, "not found");
    }

    [Fact]
    public void A_folder()
    {
        var folder = RepoPaths.NewTempFolder();
        AssertRefused(folder, "is a folder");
    }

    [Fact]
    public void Empty_file()
    {
        AssertRefused(TestImages.Write("empty.jpg", []), "empty (0 bytes)");
    }

    [Fact]
    public void Text_file_named_jpg()
    {
        AssertRefused(TestImages.Write("notes.jpg", "This is not a photo, just some text.\n"u8.ToArray()), "is not a JPEG, PNG, WebP, BMP or GIF image");
    }

    [Fact]
    public void Random_bytes_are_not_an_image()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = 0x00; // no image signature starts 00 55 (WBMP needs 00 00, ICO 00 00 01 00)
        noise[1] = 0x55;
        AssertRefused(TestImages.Write("noise.png", noise), "is not a JPEG, PNG, WebP, BMP or GIF image");
    }

    [Fact]
    public void Truncated_jpeg_is_refused_not_partially_decoded()
    {
        // The first 40 % of a real photo: the header is complete, most scan data is missing.
        var photo = File.ReadAllBytes(RepoPaths.SamplePhoto);
        var path = TestImages.Write("cut.jpg", photo[..(photo.Length * 2 / 5)]);
        AssertRefused(path, "truncated");
    }

    [Fact]
    public void Jpeg_cut_inside_its_header()
    {
        var photo = File.ReadAllBytes(RepoPaths.SamplePhoto);
        AssertRefused(TestImages.Write("stub.jpg", photo[..40]), "truncated");
    }

    [Fact]
    public void Truncated_png_is_refused()
    {
        var png = PngFile.Encode(64, 64, PngFile.Rgb, Enumerable.Range(0, 64 * 64 * 3).Select(i => (byte)(i * 7)).ToArray());
        AssertRefused(TestImages.Write("cut.png", png[..(png.Length / 2)]), "truncated");
    }

    [Fact]
    public void Huge_image_is_refused_from_its_header_before_decoding()
    {
        // 30000×30000 would need 3.6 GB to decode; the file itself is tiny.
        var bytes = PngFile.HugeHeader(30000, 30000);
        Assert.True(bytes.Length < 10_000);
        var before = GC.GetTotalAllocatedBytes();
        var message = AssertRefused(TestImages.Write("huge.png", bytes), "900 megapixels");
        Assert.Contains("30000×30000", message);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 50_000_000, "the loader allocated as if decoding the huge image");
    }

    [Fact]
    public void Limit_is_large_enough_for_a_phone_photo()
    {
        // A 48-megapixel phone photo (8000×6000) must be accepted.
        Assert.True(8000L * 6000 <= ImageLoader.MaxPixels);
        Assert.True(30000L * 30000 > ImageLoader.MaxPixels);
    }

    private static string AssertRefused(string path, string expectedPart)
    {
        var error = Assert.Throws<LessonException>(() => ImageLoader.Load(path));
        Assert.Contains(expectedPart, error.Message);
        Assert.Contains(Path.GetFileName(path), error.Message);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
