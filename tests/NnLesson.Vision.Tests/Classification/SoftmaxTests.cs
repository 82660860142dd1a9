using NnLesson.Tests.Shared;
using NnLesson.Vision.Classification;

namespace NnLesson.Vision.Tests.Classification;

public class SoftmaxTests
{
    [Fact]
    public void Matches_hand_computed_values()
    {
        // e¹, e², e³ / (e¹ + e² + e³) = 0.0900306, 0.2447285, 0.6652410 (numpy scipy.special.softmax gives the same).
        var p = Softmax.Stable([1f, 2f, 3f]);
        Tolerance.AllClose(p, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], atol: 1e-12, rtol: 0, "softmax(1,2,3)");
    }

    [Fact]
    public void Sums_to_one()
    {
        var random = new Random(3);
        var logits = Enumerable.Range(0, 1000).Select(_ => (float)(random.NextDouble() * 40 - 20)).ToArray();
        Assert.Equal(1.0, Softmax.Stable(logits).Sum(), 12);
    }

    [Fact]
    public void Huge_logits_neither_overflow_nor_change_the_answer()
    {
        // exp(1000) is ∞ in double; subtracting the maximum makes it exp(0) = 1.
        var shifted = Softmax.Stable([1000f, 1001f, 1002f]);
        Tolerance.AllClose(shifted, Softmax.Stable([0f, 1f, 2f]), atol: 1e-12, rtol: 0, "shift invariance");
        var extreme = Softmax.Stable([3e38f, -3e38f, 0f]);
        Assert.All(extreme, v => Assert.True(double.IsFinite(v)));
        Assert.Equal([1.0, 0.0, 0.0], extreme);
    }

    [Fact]
    public void Rejects_non_finite_and_empty_input()
    {
        Assert.Throws<ArgumentException>(() => Softmax.Stable([1f, float.NaN]));
        Assert.Throws<ArgumentException>(() => Softmax.Stable([float.PositiveInfinity]));
        Assert.Throws<ArgumentException>(() => Softmax.Stable([]));
    }
}
