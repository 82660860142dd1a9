using NnLesson.Vision.Images;
using NnLesson.Vision.Tests.TestFiles;
using SkiaSharp;

namespace NnLesson.Vision.Tests.Images;

/// <summary>The eight EXIF orientations against hand-drawn expectations, and one real JPEG with the tag.</summary>
public class ExifOrientationTests
{
    // Stored 3×2 image; each pixel's red channel is its letter:   a b c
    //                                                              d e f
    private static readonly RgbImage Stored = TestImages.Generate(3, 2, (x, y) => ((byte)"abcdef"[y * 3 + x], 0, 0));

    [Theory]
    [InlineData(SKEncodedOrigin.TopLeft, 3, "abc|def")]
    [InlineData(SKEncodedOrigin.TopRight, 3, "cba|fed")]      // mirrored left–right
    [InlineData(SKEncodedOrigin.BottomRight, 3, "fed|cba")]   // rotated 180°
    [InlineData(SKEncodedOrigin.BottomLeft, 3, "def|abc")]    // mirrored top–bottom
    [InlineData(SKEncodedOrigin.LeftTop, 2, "ad|be|cf")]      // transposed
    [InlineData(SKEncodedOrigin.RightTop, 2, "da|eb|fc")]     // rotated 90° clockwise
    [InlineData(SKEncodedOrigin.RightBottom, 2, "fc|eb|da")]  // transverse
    [InlineData(SKEncodedOrigin.LeftBottom, 2, "cf|be|ad")]   // rotated 90° counter-clockwise
    public void Orientation_turns_the_stored_pixels_upright(SKEncodedOrigin origin, int width, string expectedRows)
    {
        var upright = ExifOrientation.Apply(Stored, origin);
        Assert.Equal(width, upright.Width);
        var rows = Enumerable.Range(0, upright.Height)
            .Select(y => new string(Enumerable.Range(0, upright.Width).Select(x => (char)upright[y, x, 0]).ToArray()));
        Assert.Equal(expectedRows, string.Join('|', rows));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public void Jpeg_with_orientation_tag_is_loaded_upright(int orientation)
    {
        // Stored 32×16: left half red, right half blue. A camera held sideways writes tag 6 or 8.
        var stored = TestImages.Generate(32, 16, (x, _) => x < 16 ? ((byte)220, (byte)20, (byte)20) : ((byte)20, (byte)20, (byte)220));
        var jpeg = JpegFile.WithExifOrientation(JpegFile.Encode(stored), orientation);
        var path = TestImages.Write($"rotated-{orientation}.jpg", jpeg);
        using (var codec = SKCodec.Create(path))
        {
            Assert.Equal((SKEncodedOrigin)orientation, codec.EncodedOrigin); // the tag was written and is read
        }

        var image = ImageLoader.Load(path);

        // Upright it is 16 wide, 32 tall. Tag 6 (rotate 90° clockwise): the stored left (red) edge goes to the top;
        // tag 8 (counter-clockwise): it goes to the bottom.
        Assert.Equal((16, 32), (image.Width, image.Height));
        var top = TestImages.Pixel(image, 8, 4);
        var bottom = TestImages.Pixel(image, 8, 27);
        var (redEnd, blueEnd) = orientation == 6 ? (top, bottom) : (bottom, top);
        Assert.True(redEnd.R > 180 && redEnd.B < 60, $"expected red, got {redEnd}");
        Assert.True(blueEnd.B > 180 && blueEnd.R < 60, $"expected blue, got {blueEnd}");
    }
}
