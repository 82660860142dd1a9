using NnLesson.Vision.Images;
using NnLesson.Vision.Tests.TestFiles;
using SkiaSharp;

namespace NnLesson.Vision.Tests.Images;

/// <summary>Every promised format decodes to the right RGB pixels; grey, palette and alpha become RGB over white.</summary>
public class ImageLoaderFormatTests
{
    // Four distinct colours in a 2×2 layout: red, green / blue, white.
    private static readonly RgbImage Quad = TestImages.Generate(2, 2, (x, y) => (x, y) switch
    {
        (0, 0) => ((byte)255, (byte)0, (byte)0),
        (1, 0) => ((byte)0, (byte)255, (byte)0),
        (0, 1) => ((byte)0, (byte)0, (byte)255),
        _ => ((byte)255, (byte)255, (byte)255),
    });

    [Fact]
    public void Rgb_png_decodes_exactly()
    {
        var samples = Quad.Pixels;
        var image = ImageLoader.Load(TestImages.Write("rgb.png", PngFile.Encode(2, 2, PngFile.Rgb, samples)));
        Assert.Equal((2, 2), (image.Width, image.Height));
        Assert.Equal(Quad.Pixels, image.Pixels);
    }

    [Fact]
    public void Sixteen_bit_png_keeps_the_high_byte()
    {
        // 16-bit samples, big-endian: 0xAB12 → 0xAB (Skia scales 16→8 bits by taking the high byte).
        byte[] samples = [0xAB, 0x12, 0x00, 0xFF, 0xFF, 0xFF];
        var image = ImageLoader.Load(TestImages.Write("deep.png", PngFile.Encode(1, 1, PngFile.Rgb, samples, bitDepth: 16)));
        Assert.Equal(new byte[] { 0xAB, 0x00, 0xFF }, image.Pixels);
    }

    [Fact]
    public void Greyscale_png_becomes_three_equal_channels()
    {
        byte[] grey = [0, 77, 200, 255];
        var image = ImageLoader.Load(TestImages.Write("grey.png", PngFile.Encode(2, 2, PngFile.Grey, grey)));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal((grey[i], grey[i], grey[i]), TestImages.Pixel(image, i % 2, i / 2));
        }
    }

    [Fact]
    public void Grey_with_alpha_is_composited_over_white()
    {
        // (value, alpha): opaque black, fully transparent black, half-transparent black, opaque grey 77.
        byte[] samples = [0, 255, 0, 0, 0, 128, 77, 255];
        var image = ImageLoader.Load(TestImages.Write("grey-alpha.png", PngFile.Encode(2, 2, PngFile.GreyAlpha, samples)));
        // Hand-computed c' = (c·a + 255·(255 − a)) / 255: transparent → 255; a = 128 → 255·127/255 = 127.
        Assert.Equal((0, 0, 0), ToInts(TestImages.Pixel(image, 0, 0)));
        Assert.Equal((255, 255, 255), ToInts(TestImages.Pixel(image, 1, 0)));
        Assert.Equal((127, 127, 127), ToInts(TestImages.Pixel(image, 0, 1)));
        Assert.Equal((77, 77, 77), ToInts(TestImages.Pixel(image, 1, 1)));
    }

    [Fact]
    public void Rgba_png_is_composited_over_white()
    {
        // (200, 100, 50) at alpha 51 (20 %): c' = c·0.2 + 255·0.8 → (40 + 204, 20 + 204, 10 + 204).
        byte[] samples = [200, 100, 50, 51];
        var image = ImageLoader.Load(TestImages.Write("rgba.png", PngFile.Encode(1, 1, PngFile.Rgba, samples)));
        Assert.Equal(new byte[] { 244, 224, 214 }, image.Pixels);
    }

    [Fact]
    public void Palette_png_with_transparency_is_looked_up_and_flattened()
    {
        byte[] palette = [255, 0, 0, 0, 255, 0, 0, 0, 255];
        byte[] alpha = [255, 0, 255]; // entry 1 (green) is fully transparent
        byte[] indices = [0, 1, 2, 0];
        var image = ImageLoader.Load(TestImages.Write("palette.png",
            PngFile.Encode(2, 2, PngFile.Palette, indices, palette: palette, transparency: alpha)));
        Assert.Equal((255, 0, 0), ToInts(TestImages.Pixel(image, 0, 0)));
        Assert.Equal((255, 255, 255), ToInts(TestImages.Pixel(image, 1, 0)));
        Assert.Equal((0, 0, 255), ToInts(TestImages.Pixel(image, 0, 1)));
    }

    [Fact]
    public void Bmp_decodes_exactly()
    {
        var image = ImageLoader.Load(TestImages.Write("quad.bmp", BmpFile.Encode(2, 2, Quad.Pixels)));
        Assert.Equal(Quad.Pixels, image.Pixels);
    }

    [Fact]
    public void Gif_gives_its_first_frame()
    {
        byte[] palette = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255];
        var path = TestImages.Write("two-frames.gif", GifFile.Encode(palette, [0, 1, 2, 3], [3, 3, 3, 3]));
        using (var codec = SKCodec.Create(path))
        {
            Assert.Equal(2, codec.FrameCount); // the file really is animated
        }
        var image = ImageLoader.Load(path);
        Assert.Equal(Quad.Pixels, image.Pixels);
    }

    [Fact]
    public void Lossless_webp_decodes_exactly()
    {
        var image = ImageLoader.Load(TestImages.Write("quad.webp", JpegFile.EncodeLosslessWebp(Quad)));
        Assert.Equal(Quad.Pixels, image.Pixels);
    }

    [Fact]
    public void Jpeg_decodes_to_nearly_the_encoded_colours()
    {
        // Flat 16×16 blocks survive JPEG almost unchanged (no edges inside a block).
        var blocks = TestImages.Generate(32, 32, (x, y) => x < 16 ? ((byte)200, (byte)40, (byte)40) : ((byte)30, (byte)90, (byte)220));
        var image = ImageLoader.Load(TestImages.Write("blocks.jpg", JpegFile.Encode(blocks, quality: 95)));
        Assert.Equal((32, 32), (image.Width, image.Height));
        AssertNear((200, 40, 40), TestImages.Pixel(image, 4, 8), 6);
        AssertNear((30, 90, 220), TestImages.Pixel(image, 27, 8), 6);
    }

    [SharedFact]
    public void Shared_photo_decodes_with_its_documented_size()
    {
        // DATA_SOURCES.md: samoyed_pytorch-hub_dog.jpg is 1546×1213; chelsea.png is 451×300.
        var dog = ImageLoader.Load(RepoPaths.SharedImage("samoyed_pytorch-hub_dog.jpg"));
        Assert.Equal((1546, 1213), (dog.Width, dog.Height));
        var cat = ImageLoader.Load(RepoPaths.SharedImage("cc0/chelsea.png"));
        Assert.Equal("300×451×3", cat.Shape);
    }

    private static (int, int, int) ToInts((byte R, byte G, byte B) p) => (p.R, p.G, p.B);

    private static void AssertNear((int R, int G, int B) expected, (byte R, byte G, byte B) actual, int tolerance) =>
        Assert.True(Math.Abs(expected.R - actual.R) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance && Math.Abs(expected.B - actual.B) <= tolerance,
            $"expected {expected} ± {tolerance}, got {actual}");
}
