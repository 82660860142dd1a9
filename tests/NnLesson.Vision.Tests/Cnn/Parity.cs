namespace NnLesson.Vision.Tests.Cnn;

/// <summary>The parity measure: max |Δ| ≤ 1e-4 · max |reference| over a whole tensor (float32).</summary>
internal static class Parity
{
    public const double Tolerance = 1e-4;

    public static (double MaxDiff, double MaxRef) Measure(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
    {
        Assert.Equal(expected.Length, actual.Length);
        double maxDiff = 0, maxRef = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            maxRef = Math.Max(maxRef, Math.Abs(expected[i]));
            var d = Math.Abs(actual[i] - expected[i]);
            maxDiff = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(maxDiff, d);
        }
        return (maxDiff, maxRef);
    }

    public static void AssertClose(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected, string what)
    {
        var (maxDiff, maxRef) = Measure(actual, expected);
        Assert.True(maxRef > 0, $"{what}: the reference is all zeros (a test that cannot fail).");
        Assert.True(maxDiff <= Tolerance * maxRef, $"{what}: max |Δ| {maxDiff:E3} > 1e-4 · max|ref| {maxRef:G5}.");
    }
}
