namespace NnLesson.Tests.Shared;

/// <summary>
/// Mixed-tolerance comparison |a − e| ≤ atol + rtol·|e|, element by element; on failure the message
/// names the worst element, its two values and the allowed difference.
/// </summary>
public static class Tolerance
{
    public static void AllClose(ReadOnlySpan<double> actual, ReadOnlySpan<double> expected, double atol, double rtol, string what = "values")
    {
        Assert.True(actual.Length == expected.Length, $"{what}: {actual.Length} values, expected {expected.Length}.");
        var worst = -1;
        var worstExcess = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var allowed = atol + rtol * Math.Abs(expected[i]);
            var diff = Math.Abs(actual[i] - expected[i]);
            var excess = double.IsNaN(diff) ? double.PositiveInfinity : diff - allowed;
            if (excess > worstExcess)
            {
                worstExcess = excess;
                worst = i;
            }
        }
        if (worst >= 0)
        {
            Assert.Fail($"{what}: worst mismatch at [{worst}]: actual {actual[worst]:R}, expected {expected[worst]:R}, " +
                        $"|diff| {Math.Abs(actual[worst] - expected[worst]):E3} > allowed {atol + rtol * Math.Abs(expected[worst]):E3}.");
        }
    }

    public static void Close(double actual, double expected, double atol, double rtol = 0, string what = "value") =>
        AllClose([actual], [expected], atol, rtol, what);
}
