using NnLesson.Vision.Images;

namespace NnLesson.Vision.Preprocessing;

/// <summary>
/// Bilinear resizing written out by hand, the way PIL's <c>Image.resize(..., BILINEAR)</c> does it
/// (and so torchvision's <c>Resize</c> on the PIL images ImageNet models were trained on).
/// </summary>
/// <remarks>
/// Separable: first every row is resampled to the new width, then every column to the new height.
/// Output pixel o along an axis samples the input around its centre c = (o + 0.5)·s, with s = in/out,
/// using the triangle ("tent") filter t(d) = max(0, 1 − |d|):
/// <code>
/// out[o] = Σᵢ t((i + 0.5 − c) / f) · in[i]  /  Σᵢ t((i + 0.5 − c) / f)       f = max(s, 1) when antialiasing, else 1
/// </code>
/// taking inputs i with |i + 0.5 − c| &lt; f (clamped to the image: edge weights are renormalised).
/// When enlarging (s &lt; 1) f = 1 and this is ordinary interpolation between the two nearest pixels.
/// When shrinking, <b>we antialias as PIL does</b>: the tent is stretched to cover all s input pixels
/// that fall into one output pixel, so the output is their weighted average. Plain bilinear (f = 1)
/// would look at only the two nearest input pixels and skip the rest: shrinking a 1546-pixel-wide photo
/// to 341 would ignore most pixels and alias fine texture (fur, grass) into noise. Matching PIL also
/// keeps our input close to what the pretrained network saw in training.
/// Intermediate values stay in double (PIL rounds to 8 bits between the passes), so results agree with
/// PIL to within one grey level.
/// This is the readable version, kept as the reference: <see cref="FastBilinearResize"/> computes the same
/// weights (from <see cref="Taps"/>) many times faster and is what <see cref="ImageNetPreprocessing"/> uses;
/// tests check the two agree to within one grey level.
/// </remarks>
public static class BilinearResize
{
    /// <summary>Resizes <paramref name="image"/> ([H, W, 3]) to [height, width, 3].</summary>
    public static RgbImage Resize(RgbImage image, int width, int height, bool antialias = true)
    {
        ResampleWeights.CheckOutputSize(width, height);
        ResampleWeights.CheckOutputSize(width, image.Height); // the pass-1 buffer [H_in, width, 3]
        var columns = Taps(image.Width, width, antialias);
        var rows = Taps(image.Height, height, antialias);

        // Pass 1, along x: horizontal[y, o, c] for every input row y. Layout [H_in, width, 3].
        var horizontal = new double[image.Height * width * 3];
        var source = image.Pixels;
        for (var y = 0; y < image.Height; y++)
        {
            for (var o = 0; o < width; o++)
            {
                var tap = columns[o];
                double r = 0, g = 0, b = 0;
                for (var k = 0; k < tap.Weights.Length; k++)
                {
                    var from = (y * image.Width + tap.First + k) * 3;
                    var w = tap.Weights[k];
                    r += w * source[from];
                    g += w * source[from + 1];
                    b += w * source[from + 2];
                }
                var to = (y * width + o) * 3;
                horizontal[to] = r;
                horizontal[to + 1] = g;
                horizontal[to + 2] = b;
            }
        }

        // Pass 2, along y: out row o = Σₖ w_k · (pass-1 row First + k), accumulated a whole row at a time
        // so memory is read in order. Layout [height, width, 3].
        var pixels = new byte[height * width * 3];
        var rowLength = width * 3;
        var sum = new double[rowLength];
        for (var o = 0; o < height; o++)
        {
            var tap = rows[o];
            Array.Clear(sum);
            for (var k = 0; k < tap.Weights.Length; k++)
            {
                var w = tap.Weights[k];
                var row = horizontal.AsSpan((tap.First + k) * rowLength, rowLength);
                for (var i = 0; i < rowLength; i++)
                {
                    sum[i] += w * row[i];
                }
            }
            for (var i = 0; i < rowLength; i++)
            {
                pixels[o * rowLength + i] = ToByte(sum[i]);
            }
        }
        return new RgbImage(width, height, pixels);
    }

    /// <summary>The input pixels and normalised weights that make each output pixel along one axis.</summary>
    public readonly record struct Tap(int First, double[] Weights);

    /// <summary>Taps for resampling an axis of <paramref name="inSize"/> pixels to <paramref name="outSize"/> (formula in the class remarks).</summary>
    public static Tap[] Taps(int inSize, int outSize, bool antialias)
    {
        var scale = (double)inSize / outSize;
        var filterScale = antialias ? Math.Max(scale, 1.0) : 1.0;
        var support = filterScale; // the tent has radius 1, stretched by filterScale
        var taps = new Tap[outSize];
        for (var o = 0; o < outSize; o++)
        {
            var center = (o + 0.5) * scale;
            // (int) truncates toward zero, like the C cast in PIL's resample code.
            var first = Math.Max((int)(center - support + 0.5), 0);
            var end = Math.Min((int)(center + support + 0.5), inSize);
            var weights = new double[Math.Max(end - first, 0)];
            double sum = 0;
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = Tent((first + k + 0.5 - center) / filterScale);
                sum += weights[k];
            }
            if (sum <= 0)
            {
                // Only reachable at a far edge; take the nearest input pixel.
                first = Math.Clamp((int)center, 0, inSize - 1);
                weights = [1.0];
                sum = 1;
            }
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] /= sum;
            }
            taps[o] = new Tap(first, weights);
        }
        return taps;
    }

    /// <summary>The triangle filter t(d) = max(0, 1 − |d|).</summary>
    private static double Tent(double d) => Math.Max(0, 1 - Math.Abs(d));

    /// <summary>Round half up and clamp to 0..255 (the weights are positive, so this only guards rounding).</summary>
    private static byte ToByte(double v) => (byte)Math.Clamp(Math.Floor(v + 0.5), 0, 255);
}
