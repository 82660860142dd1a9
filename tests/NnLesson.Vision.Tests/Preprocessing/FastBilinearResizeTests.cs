using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.TestFiles;
using Xunit.Abstractions;

namespace NnLesson.Vision.Tests.Preprocessing;

/// <summary>
/// The fast resize against the readable reference <see cref="BilinearResize"/> (double precision, horizontal
/// pass first): on seeded random images of many shapes, on the shared photos, and on the hand-computed values
/// that <see cref="BilinearResizeTests"/> checks for the reference. The fast one sums in float and vertical first,
/// so a value may differ where the exact result lies within float rounding of a half grey level — by 1, and rarely.
/// </summary>
public class FastBilinearResizeTests(ITestOutputHelper output)
{
    /// <summary>Max |fast − reference| over all bytes, and how many bytes differ at all.</summary>
    private static (int MaxDifference, int Differing) Compare(RgbImage fast, RgbImage reference)
    {
        Assert.Equal((reference.Width, reference.Height), (fast.Width, fast.Height));
        int max = 0, differing = 0;
        for (var i = 0; i < fast.Pixels.Length; i++)
        {
            var d = Math.Abs(fast.Pixels[i] - reference.Pixels[i]);
            max = Math.Max(max, d);
            differing += d > 0 ? 1 : 0;
        }
        return (max, differing);
    }

    private static RgbImage Noise(int width, int height, Random random)
    {
        var pixels = new byte[width * height * 3];
        random.NextBytes(pixels);
        return new RgbImage(width, height, pixels);
    }

    [Theory]
    [InlineData(64, 48, 16, 12)]        // shrink 4×
    [InlineData(97, 61, 23, 17)]        // odd sizes, non-integer scales
    [InlineData(50, 40, 173, 131)]      // enlarge about 3.4×
    [InlineData(13, 7, 40, 5)]          // enlarge one axis, shrink the other
    [InlineData(1, 37, 1, 9)]           // 1 pixel wide
    [InlineData(1, 9, 5, 37)]           // 1 pixel wide, enlarged on both axes
    [InlineData(41, 1, 7, 1)]           // 1 pixel tall
    [InlineData(1, 1, 3, 2)]            // a single pixel
    [InlineData(33, 35, 33, 35)]        // same size
    [InlineData(300, 200, 11, 7)]       // strong shrink: 27 taps and more per output pixel
    [InlineData(35, 11, 34, 12)]        // one pixel less / more: rows just past the vector width
    [InlineData(517, 389, 256, 193)]    // big enough to run in parallel bands of rows (the last band partial)
    public void Agrees_with_the_reference_on_random_images(int inW, int inH, int outW, int outH)
    {
        var random = new Random(inW * 1000 + inH);
        foreach (var antialias in new[] { true, false })
        {
            var image = Noise(inW, inH, random);
            var (max, differing) = Compare(
                FastBilinearResize.Resize(image, outW, outH, antialias),
                BilinearResize.Resize(image, outW, outH, antialias));
            output.WriteLine($"{inW}×{inH} → {outW}×{outH}, antialias {antialias}: max |Δ| = {max}, {differing} of {outW * outH * 3} bytes differ");
            Assert.True(max <= 1, $"antialias {antialias}: max |Δ| = {max}");
            Assert.True(differing <= outW * outH * 3 / 100 + 1, $"antialias {antialias}: {differing} bytes differ");
        }
    }

    [SharedTheory]
    [InlineData("samoyed_pytorch-hub_dog.jpg")]   // 1546×1213 → 326×256
    [InlineData("cc0/chelsea.png")]               // 451×300 → 384×256
    [InlineData("robin_bird_0.jpg")]              // portrait
    public void Agrees_with_the_reference_on_shared_photos(string name)
    {
        var photo = ImageLoader.Load(RepoPaths.SharedImage(name));
        var (width, height) = ImageNetPreprocessing.ResizedSize(photo.Width, photo.Height, 256);
        var (max, differing) = Compare(FastBilinearResize.Resize(photo, width, height), BilinearResize.Resize(photo, width, height));
        output.WriteLine($"{name} {photo.Width}×{photo.Height} → {width}×{height}: max |Δ| = {max}, {differing} of {width * height * 3} bytes differ");
        Assert.True(max <= 1, $"max |Δ| = {max}");
        Assert.True(differing <= width * height * 3 / 1000, $"{differing} bytes differ");
    }

    [Fact]
    public void Gives_the_hand_computed_values_of_the_reference_tests()
    {
        // The same inputs and expectations as BilinearResizeTests (worked out there with the tent formula).
        static RgbImage Grey(params byte[] v) => TestImages.Generate(v.Length, 1, (x, _) => (v[x], v[x], v[x]));
        static byte[] Reds(RgbImage image) => [.. image.Pixels.Where((_, i) => i % 3 == 0)];

        Assert.Equal(new byte[] { 0, 25, 75, 100 }, Reds(FastBilinearResize.Resize(Grey(0, 100), 4, 1)));
        Assert.Equal(new byte[] { 71, 117 }, Reds(FastBilinearResize.Resize(Grey(0, 100, 200, 40), 2, 1)));
        Assert.Equal(new byte[] { 50, 120 }, Reds(FastBilinearResize.Resize(Grey(0, 100, 200, 40), 2, 1, antialias: false)));
        var column = TestImages.Generate(1, 4, (_, y) => (new byte[] { 0, 100, 200, 40 }[y], 0, 0));
        Assert.Equal(new byte[] { 71, 117 }, Reds(FastBilinearResize.Resize(column, 1, 2)));
        var square = TestImages.Generate(2, 2, (x, y) => (new byte[] { 0, 100, 200, 40 }[y * 2 + x], 0, 0));
        var enlarged = FastBilinearResize.Resize(square, 4, 4);
        Assert.Equal((59, 0, 40), ((int)enlarged[1, 1, 0], (int)enlarged[0, 0, 0], (int)enlarged[3, 3, 0]));
    }

    [Fact]
    public void Same_size_is_the_identity_and_channels_stay_apart()
    {
        // Each channel its own pattern: a mix-up of r, g, b in the 4-lane horizontal pass would show here.
        var image = TestImages.Generate(45, 19, (x, y) => ((byte)(x * 5), (byte)(y * 13), (byte)(255 - x - y)));
        Assert.Equal(image.Pixels, FastBilinearResize.Resize(image, 45, 19).Pixels);
        var flat = TestImages.Solid(37, 23, 12, 200, 99);
        Assert.All(FastBilinearResize.Resize(flat, 11, 30).Pixels.Chunk(3), p => Assert.Equal(new byte[] { 12, 200, 99 }, p));
        var white = TestImages.Solid(97, 5, 255, 255, 255);
        Assert.All(FastBilinearResize.Resize(white, 13, 2).Pixels, v => Assert.Equal(255, v)); // sums of ≈ 1 · 255 round back to 255, never wrap
    }

    [Fact]
    public void Rejects_an_empty_output_size()
    {
        var image = TestImages.Solid(4, 4, 1, 2, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => FastBilinearResize.Resize(image, 0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => FastBilinearResize.Resize(image, 4, -1));
    }
}
