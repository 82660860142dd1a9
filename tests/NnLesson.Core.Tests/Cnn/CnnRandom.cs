using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

/// <summary>Seeded random tensors and kernels for the readable-vs-fast agreement tests.</summary>
internal static class CnnRandom
{
    public static float[] Values(Random random, int count, float scale = 1f)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)(random.NextDouble() * 2 - 1) * scale;
        }
        return values;
    }

    public static ChwTensor Tensor(Random random, int c, int h, int w) => new(c, h, w, Values(random, c * h * w));

    public static ConvKernel Kernel(Random random, int outC, int inC, int kh, int kw) =>
        new(outC, inC, kh, kw, Values(random, outC * inC * kh * kw, 1f / MathF.Sqrt(inC * kh * kw)), Values(random, outC));

    public static BatchNorm2d Norm(Random random, int channels) => new(
        Values(random, channels).Select(v => 1 + 0.5f * v).ToArray(),
        Values(random, channels),
        Values(random, channels, 0.3f),
        Values(random, channels).Select(v => 0.5f + 0.4f * v).ToArray(),
        1e-5f);

    /// <summary>max |a − e| ≤ rtol · max |e|: the parity measure of the issue, on whole tensors.</summary>
    public static void AssertClose(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected, double rtol, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double worst = 0, scale = 0;
        var at = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            scale = Math.Max(scale, Math.Abs(expected[i]));
            var d = Math.Abs(actual[i] - expected[i]);
            if (!(d <= worst))
            {
                worst = d;
                at = i;
            }
        }
        Assert.True(worst <= rtol * scale,
            $"{what}: max |Δ| = {worst:E3} at [{at}] ({actual[at]} vs {expected[at]}) > {rtol:E1} · max|ref| {scale:G4}.");
    }
}
