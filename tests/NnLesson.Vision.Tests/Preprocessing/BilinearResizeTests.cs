using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Preprocessing;

/// <summary>
/// The hand-written bilinear resize against values worked out on paper with the formula in
/// <see cref="BilinearResize"/> (the same tent weights PIL uses). Grey images: all three channels equal.
/// </summary>
public class BilinearResizeTests
{
    private static RgbImage GreyRow(params byte[] values) =>
        TestImages.Generate(values.Length, 1, (x, _) => (values[x], values[x], values[x]));

    private static byte[] Reds(RgbImage image) => Enumerable.Range(0, image.Width * image.Height).Select(i => image.Pixels[i * 3]).ToArray();

    [Fact]
    public void Enlarging_interpolates_between_the_two_nearest_pixels()
    {
        // [0, 100] → 4 pixels. Centres in input coordinates: 0.25, 0.75, 1.25, 1.75.
        // 0.25: only pixel 0 in reach → 0;   0.75: 0.75·0 + 0.25·100 = 25;
        // 1.25: 0.25·0 + 0.75·100 = 75;      1.75: only pixel 1 → 100 (edge weights renormalised).
        var resized = BilinearResize.Resize(GreyRow(0, 100), 4, 1);
        Assert.Equal(new byte[] { 0, 25, 75, 100 }, Reds(resized));
    }

    [Fact]
    public void Shrinking_with_antialiasing_averages_every_covered_pixel()
    {
        // [0, 100, 200, 40] → 2 pixels, scale s = 2, tent stretched to radius 2.
        // Output 0, centre 1.0: pixels 0,1,2 at distances 0.5, 0.5, 1.5 → weights 0.75, 0.75, 0.25 (sum 1.75):
        //   (0·0.75 + 100·0.75 + 200·0.25) / 1.75 = 125 / 1.75 = 71.43 → 71.
        // Output 1, centre 3.0: pixels 1,2,3 at distances 1.5, 0.5, 0.5 → 0.25, 0.75, 0.75:
        //   (100·0.25 + 200·0.75 + 40·0.75) / 1.75 = 205 / 1.75 = 117.14 → 117.
        var resized = BilinearResize.Resize(GreyRow(0, 100, 200, 40), 2, 1, antialias: true);
        Assert.Equal(new byte[] { 71, 117 }, Reds(resized));
    }

    [Fact]
    public void Shrinking_without_antialiasing_sees_only_two_pixels()
    {
        // Plain bilinear (radius 1): centre 1.0 → pixels 0 and 1 at 0.5 each → 50; centre 3.0 → pixels 2, 3 → 120.
        // Pixel 2 (200) barely counts for output 0: this is the aliasing the antialiased resize avoids.
        var resized = BilinearResize.Resize(GreyRow(0, 100, 200, 40), 2, 1, antialias: false);
        Assert.Equal(new byte[] { 50, 120 }, Reds(resized));
    }

    [Fact]
    public void Columns_are_resized_like_rows()
    {
        var column = TestImages.Generate(1, 4, (_, y) => (new byte[] { 0, 100, 200, 40 }[y], 0, 0));
        Assert.Equal(new byte[] { 71, 117 }, Reds(BilinearResize.Resize(column, 1, 2)));
    }

    [Fact]
    public void Two_dimensions_combine_as_a_product_of_the_axis_weights()
    {
        // [[0, 100], [200, 40]] → 4×4. Output (1, 1) has centre (0.75, 0.75): axis weights (0.75, 0.25) on both axes.
        // Row 0: 0.75·0 + 0.25·100 = 25; row 1: 0.75·200 + 0.25·40 = 160; then 0.75·25 + 0.25·160 = 58.75 → 59.
        var square = TestImages.Generate(2, 2, (x, y) => (new byte[] { 0, 100, 200, 40 }[y * 2 + x], 0, 0));
        var resized = BilinearResize.Resize(square, 4, 4);
        Assert.Equal(59, resized[1, 1, 0]);
        Assert.Equal(0, resized[0, 0, 0]);   // corners keep the corner pixels
        Assert.Equal(40, resized[3, 3, 0]);
    }

    [Fact]
    public void Same_size_is_the_identity_and_a_flat_image_stays_flat()
    {
        var noise = TestImages.Generate(7, 5, (x, y) => ((byte)(x * 31 + y * 17), (byte)(x * y * 5), (byte)(200 - x * 9)));
        Assert.Equal(noise.Pixels, BilinearResize.Resize(noise, 7, 5).Pixels);
        var flat = TestImages.Solid(37, 23, 12, 200, 99);
        Assert.All(BilinearResize.Resize(flat, 11, 30).Pixels.Chunk(3), p => Assert.Equal(new byte[] { 12, 200, 99 }, p));
    }

    [Fact]
    public void Weights_of_every_tap_sum_to_one()
    {
        foreach (var (inSize, outSize) in new[] { (1546, 326), (300, 256), (100, 333), (5, 1) })
        {
            Assert.All(BilinearResize.Taps(inSize, outSize, antialias: true), t => Assert.Equal(1.0, t.Weights.Sum(), 12));
        }
    }
}
