using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Preprocessing;

/// <summary>
/// torchvision's Resize(256) → CenterCrop(224) → ToTensor → Normalize, checked step by step against hand
/// computation (sizes with torchvision's int() truncation, crop offsets with Python's round-half-to-even).
/// </summary>
public class ImageNetPreprocessingTests
{
    [Theory]
    [InlineData(451, 300, 384, 256)]    // chelsea: 256·451/300 = 384.85 → truncated to 384 (rounding would give 385)
    [InlineData(300, 451, 256, 384)]
    [InlineData(1546, 1213, 326, 256)]  // samoyed: 256·1546/1213 = 326.28
    [InlineData(368, 500, 256, 347)]    // robin: 256·500/368 = 347.83
    [InlineData(920, 920, 256, 256)]
    [InlineData(100, 50, 512, 256)]     // small photos are enlarged
    public void Shorter_side_becomes_256_and_the_longer_is_truncated(int w, int h, int expectedW, int expectedH)
    {
        Assert.Equal((expectedW, expectedH), ImageNetPreprocessing.ResizedSize(w, h, 256));
    }

    [Theory]
    [InlineData(384, 256, 80, 16)]
    [InlineData(257, 256, 16, 16)]      // (257 − 224) / 2 = 16.5 → 16 (round half to even)
    [InlineData(259, 256, 18, 16)]      // (259 − 224) / 2 = 17.5 → 18 (round half to even)
    [InlineData(224, 224, 0, 0)]
    public void Crop_offsets_follow_torchvision(int w, int h, int left, int top)
    {
        Assert.Equal((left, top), ImageNetPreprocessing.CenterCropOffsets(w, h, 224));
    }

    [Fact]
    public void Crop_window_in_photo_coordinates()
    {
        // 451×300 → 384×256, crop at (80, 16); back in the photo: x scale 451/384, y scale 300/256.
        var (x, y, w, h) = ImageNetPreprocessing.CropWindowInPhoto(451, 300);
        Tolerance.AllClose([x, y, w, h], [80 * 451 / 384.0, 16 * 300 / 256.0, 224 * 451 / 384.0, 224 * 300 / 256.0], atol: 1e-12, rtol: 0, "crop window");
    }

    [Fact]
    public void Centre_crop_copies_the_right_window()
    {
        // Pixel (x, y) stores (x, y, 0); 7×6 cropped to 3×3 starts at (round(2.0), round(1.5)) = (2, 2).
        var coordinates = TestImages.Generate(7, 6, (x, y) => ((byte)x, (byte)y, 0));
        var crop = ImageNetPreprocessing.CenterCrop(coordinates, 3);
        Assert.Equal((2, 2, 0), ((int)crop[0, 0, 0], (int)crop[0, 0, 1], (int)crop[0, 0, 2]));
        Assert.Equal((4, 4), ((int)crop[2, 2, 0], (int)crop[2, 2, 1]));
        Assert.Throws<ArgumentException>(() => ImageNetPreprocessing.CenterCrop(coordinates, 7));
    }

    [Fact]
    public void Normalisation_matches_hand_computed_values_in_chw_order()
    {
        // Two pixels: (255, 0, 128) and (0, 255, 64). (v/255 − mean) / std, computed with bc:
        var image = TestImages.Generate(2, 1, (x, _) => x == 0 ? ((byte)255, (byte)0, (byte)128) : ((byte)0, (byte)255, (byte)64));
        var chw = ImageNetPreprocessing.ToNormalizedChw(image);
        double[] expected =
        [
            2.2489082969, -2.1179039301,   // R plane: (1 − 0.485)/0.229, (0 − 0.485)/0.229
            -2.0357142857, 2.4285714285,   // G plane: (0 − 0.456)/0.224, (1 − 0.456)/0.224
            0.4264923746, -0.6889760351,   // B plane: (128/255 − 0.406)/0.225, (64/255 − 0.406)/0.225
        ];
        Tolerance.AllClose(chw.Select(v => (double)v).ToArray(), expected, atol: 1e-5, rtol: 0, "normalised CHW");
    }

    [Fact]
    public void Pipeline_resizes_crops_and_lays_out_nchw()
    {
        // 512×256, left half red, right half blue: already 256 tall, so the resize is the identity;
        // the crop starts at x = (512 − 224)/2 = 144, so crop columns 0..111 are red and 112..223 blue.
        var halves = TestImages.Generate(512, 256, (x, _) => x < 256 ? ((byte)255, (byte)0, (byte)0) : ((byte)0, (byte)0, (byte)255));
        var result = ImageNetPreprocessing.Run(halves);

        Assert.Equal(halves.Pixels, result.Resized.Pixels);
        Assert.Equal((224, 224), (result.Cropped.Width, result.Cropped.Height));
        Assert.Equal(new long[] { 1, 3, 224, 224 }, result.TensorShape);
        Assert.Equal(3 * 224 * 224, result.Tensor.Length);
        float At(int c, int y, int x) => result.Tensor[(c * 224 + y) * 224 + x];
        Tolerance.Close(At(0, 10, 0), 2.2489082969, 1e-5, what: "R at a red pixel");
        Tolerance.Close(At(0, 10, 111), 2.2489082969, 1e-5, what: "R at the last red column");
        Tolerance.Close(At(0, 10, 112), -2.1179039301, 1e-5, what: "R at the first blue column");
        Tolerance.Close(At(2, 200, 223), (1 - 0.406) / 0.225, 1e-5, what: "B at a blue pixel");
    }

    [SharedFact]
    public void Shared_cat_photo_goes_through_with_the_expected_shapes()
    {
        var photo = ImageLoader.Load(RepoPaths.SharedImage("cc0/chelsea.png"));
        var result = ImageNetPreprocessing.Run(photo);
        Assert.Equal("256×384×3", result.Resized.Shape);
        Assert.Equal("224×224×3", result.Cropped.Shape);
        // Normalised values stay in the range the ImageNet statistics allow: [−0.485/0.229, (1 − 0.406)/0.225].
        Assert.All(result.Tensor, v => Assert.InRange(v, -2.12f, 2.65f));
    }
}
