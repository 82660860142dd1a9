using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Preprocessing;

/// <summary>
/// <see cref="ImageNetPreprocessing.Run"/> (fast resize, table-driven normalisation) against the same pipeline
/// written with the readable pieces: reference resize, crop, and the normalisation formula evaluated per pixel.
/// </summary>
public class FastPreprocessingTests
{
    /// <summary>The pipeline from the readable parts: BilinearResize → CenterCrop → (v/255 − mean)/std per value.</summary>
    private static (RgbImage Resized, float[] Tensor) ReferencePipeline(RgbImage photo)
    {
        var (w, h) = ImageNetPreprocessing.ResizedSize(photo.Width, photo.Height, 256);
        var resized = BilinearResize.Resize(photo, w, h);
        var crop = ImageNetPreprocessing.CenterCrop(resized, 224);
        var tensor = new float[3 * 224 * 224];
        for (var c = 0; c < 3; c++)
        {
            for (var i = 0; i < 224 * 224; i++)
            {
                tensor[c * 224 * 224 + i] = (crop.Pixels[i * 3 + c] / 255f - ImageNetPreprocessing.Mean[c]) / ImageNetPreprocessing.Std[c];
            }
        }
        return (resized, tensor);
    }

    [SharedTheory]
    [InlineData("samoyed_pytorch-hub_dog.jpg")]
    [InlineData("cc0/chelsea.png")]
    public void Tensor_matches_the_readable_pipeline_within_one_grey_level(string name)
    {
        var photo = ImageLoader.Load(RepoPaths.SharedImage(name));
        var fast = ImageNetPreprocessing.Run(photo);
        var (resized, tensor) = ReferencePipeline(photo);

        Assert.Equal((resized.Width, resized.Height), (fast.Resized.Width, fast.Resized.Height));
        Assert.All(fast.Resized.Pixels.Zip(resized.Pixels), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1));
        // One grey level is 1/255 before dividing by std; the smallest std (0.224) makes that 0.0175.
        Tolerance.AllClose(fast.Tensor.Select(v => (double)v).ToArray(), tensor.Select(v => (double)v).ToArray(),
            atol: 1 / 255.0 / 0.224 + 1e-6, rtol: 0, $"{name} tensor");
    }

    [Fact]
    public void Normalisation_table_gives_the_formula_bit_for_bit_for_every_byte()
    {
        // 256 pixels, pixel v = (v, 255 − v, v): every byte value in every channel.
        var ramp = TestImages.Generate(256, 1, (x, _) => ((byte)x, (byte)(255 - x), (byte)x));
        var chw = ImageNetPreprocessing.ToNormalizedChw(ramp);
        for (var x = 0; x < 256; x++)
        {
            for (var c = 0; c < 3; c++)
            {
                var v = ramp[0, x, c];
                Assert.Equal((v / 255f - ImageNetPreprocessing.Mean[c]) / ImageNetPreprocessing.Std[c], chw[c * 256 + x]);
            }
        }
    }
}
