using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Images;

/// <summary>Defect 8 of issue 6: 8193×8192 was refused as "67 megapixels; the limit is 67 megapixels". The numbers now differ visibly.</summary>
public class PixelLimitMessageTests
{
    [Fact]
    public void One_column_over_the_limit_shows_both_exact_pixel_counts()
    {
        var path = TestImages.Write("just_over.png", PngFile.HugeHeader(8193, 8192));

        var e = Assert.Throws<LessonException>(() => ImageLoader.Load(path));

        Assert.Contains("8193×8192", e.Message);
        Assert.Contains("67,117,056", e.Message);
        Assert.Contains("67,108,864", e.Message);
    }

    [Fact]
    public void Exactly_the_limit_passes_the_pixel_check()
    {
        // 8192×8192 is allowed; the header-only file then fails later, as truncated, not as too large.
        var path = TestImages.Write("eight_k.png", PngFile.HugeHeader(8192, 8192));
        var e = Assert.Throws<LessonException>(() => ImageLoader.Load(path));
        Assert.DoesNotContain("the limit is", e.Message);
    }
}
