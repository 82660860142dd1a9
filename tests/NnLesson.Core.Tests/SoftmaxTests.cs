using NnLesson.Core;

namespace NnLesson.Core.Tests;

/// <summary>
/// Core's softmax against references it does not share code with: values from numpy/scipy, the textbook formula
/// e^(z_i) / Σ_j e^(z_j) without the shift (exact in double while nothing overflows), and closed forms for huge logits.
/// </summary>
public class SoftmaxTests
{
    [Fact]
    public void Matches_hand_computed_values()
    {
        // e¹, e², e³ / (e¹ + e² + e³) = 0.0900306, 0.2447285, 0.6652410 (scipy.special.softmax([1, 2, 3]) gives the same).
        var p = Softmax.Stable([1f, 2f, 3f]);
        Tolerance.AllClose(p, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], atol: 1e-12, rtol: 0, "softmax(1,2,3)");
    }

    [Fact]
    public void Agrees_with_the_unshifted_textbook_formula_and_sums_to_one()
    {
        // Logits in [−20, 20]: e^20 ≈ 4.9e8 is far from overflow, so the naive formula is an exact reference here.
        var random = new Random(3);
        var logits = Enumerable.Range(0, 1000).Select(_ => (float)(random.NextDouble() * 40 - 20)).ToArray();
        var sum = logits.Sum(z => Math.Exp(z));
        var naive = logits.Select(z => Math.Exp(z) / sum).ToArray();

        var p = Softmax.Stable(logits);

        Tolerance.AllClose(p, naive, atol: 1e-15, rtol: 1e-12, "stable vs textbook softmax");
        Assert.Equal(1.0, p.Sum(), 12);
        Assert.All(p, v => Assert.InRange(v, 0.0, 1.0));
    }

    [Fact]
    public void Huge_logits_do_not_overflow_and_give_the_closed_form()
    {
        // The textbook formula breaks here: e^1000 = ∞ in double, and ∞/∞ = NaN.
        Assert.True(double.IsNaN(Math.Exp(1000.0) / (Math.Exp(1000.0) + Math.Exp(1001.0))));
        // softmax(1000, 1001, 1002) = softmax(0, 1, 2) = (1, e, e²) / (1 + e + e²), written out independently.
        var e = Math.E;
        var denominator = 1 + e + e * e;
        Tolerance.AllClose(Softmax.Stable([1000f, 1001f, 1002f]), [1 / denominator, e / denominator, e * e / denominator], atol: 1e-12, rtol: 0,
            "softmax(1000, 1001, 1002)");
        // The largest floats: the winner takes all, nothing is NaN or ∞.
        var extreme = Softmax.Stable([3e38f, -3e38f, 0f]);
        Assert.Equal([1.0, 0.0, 0.0], extreme);
        // Very negative logits alone: the shift keeps the top one at e^0 = 1 instead of underflowing every term to 0.
        Tolerance.AllClose(Softmax.Stable([-1000f, -1000f]), [0.5, 0.5], atol: 1e-15, rtol: 0, "softmax(−1000, −1000)");
    }

    [Fact]
    public void Rejects_non_finite_and_empty_input()
    {
        Assert.Throws<ArgumentException>(() => Softmax.Stable([1f, float.NaN]));
        Assert.Throws<ArgumentException>(() => Softmax.Stable([float.PositiveInfinity]));
        Assert.Throws<ArgumentException>(() => Softmax.Stable([]));
    }
}
