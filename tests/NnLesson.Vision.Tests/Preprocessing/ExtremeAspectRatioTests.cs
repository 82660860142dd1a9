using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Preprocessing;

/// <summary>
/// Defect 1 of issue 6: a 1×20000 image overflowed int in the resize (256 × 5,120,000 × 3 bytes), and a
/// 1×10000 one allocated ~2 GB. The resized size is now bounded and its arithmetic done in long.
/// </summary>
public class ExtremeAspectRatioTests
{
    [Theory]
    [InlineData(1, 20000)]
    [InlineData(20000, 1)]
    [InlineData(1, 10000)]
    [InlineData(300, 9700)]   // 32.3 : 1, just over the bound
    public void A_too_thin_image_is_refused_with_its_real_size(int width, int height)
    {
        var image = new RgbImage(width, height, new byte[width * height * 3]);

        var e = Assert.Throws<LessonException>(() => ImageNetPreprocessing.Run(image));

        Assert.Contains($"{width}×{height}", e.Message);
        Assert.Contains(ImageNetPreprocessing.MaxResizedLongSide.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(8192, 256)]   // exactly 32 : 1: resized to 8192×256, the bound itself
    [InlineData(32, 1)]       // a tiny sliver within the ratio is enlarged, as torchvision does
    public void The_widest_allowed_ratio_still_preprocesses(int width, int height)
    {
        var image = TestImages.Generate(width, height, (x, y) => ((byte)x, (byte)y, 128));

        var result = ImageNetPreprocessing.Run(image);

        Assert.True(Math.Max(result.Resized.Width, result.Resized.Height) <= ImageNetPreprocessing.MaxResizedLongSide);
        Assert.Equal(224, result.Cropped.Width);
        Assert.Equal(3 * 224 * 224, result.Tensor.Length);
    }

    [Fact]
    public void Resized_size_does_not_wrap_around_for_a_longer_side_beyond_int()
    {
        // 256 · 100,000,000 / 1 = 25.6e9 does not fit an int: a clear refusal, never a wrapped or negative size.
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageNetPreprocessing.ResizedSize(1, 100_000_000, 256));
    }

    [Fact]
    public void Both_resizes_refuse_an_output_too_big_for_an_array_instead_of_overflowing()
    {
        var sliver = new RgbImage(1, 2, new byte[6]);
        Assert.Throws<ArgumentOutOfRangeException>(() => FastBilinearResize.Resize(sliver, 256, 5_120_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => BilinearResize.Resize(sliver, 256, 5_120_000));
    }
}
