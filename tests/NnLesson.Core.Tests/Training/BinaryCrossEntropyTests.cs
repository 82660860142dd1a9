using NnLesson.Core.Linear;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Tests.Training;

public class BinaryCrossEntropyTests
{
    [Fact]
    public void An_output_of_one_half_costs_ln_2()
    {
        double[] t = [0, 1, 1, 0, 1];
        Tolerance.Close(BinaryCrossEntropy.FromLogits(new double[5], t), Math.Log(2), 0, 1e-15, "from logits 0");
        Tolerance.Close(BinaryCrossEntropy.FromProbabilities([0.5, 0.5, 0.5, 0.5, 0.5], t), Math.Log(2), 0, 1e-15, "from y = 0.5");
    }

    [Fact]
    public void A_network_with_near_zero_output_weights_starts_at_ln_2()
    {
        // Tiny W2 → Z2 ≈ 0 → Y ≈ 0.5 for every point → L ≈ ln 2 whatever the labels.
        var mlp = TwoLayerMlp.CreateRandom(2, 16, new Random(3));
        for (var j = 0; j < mlp.W2.Data.Length; j++)
        {
            mlp.W2.Data[j] *= 1e-3;
        }
        var x = Gaussian.Matrix(50, 2, 1, new Random(4));
        var t = Enumerable.Range(0, 50).Select(i => (double)(i % 2)).ToArray();
        var loss = BinaryCrossEntropy.FromLogits(mlp.Forward(x).Z2.Data, t);
        Tolerance.Close(loss, Math.Log(2), atol: 1e-3, what: "initial loss");
    }

    [Fact]
    public void Extreme_logits_give_finite_exact_losses()
    {
        // ℓ(1000, 0) = ln(1 + e^1000) = 1000 + ln(1 + e^−1000) = 1000 exactly in double; ℓ(1000, 1) = ln(1 + e^−1000) = 0.
        Assert.Equal(1000, BinaryCrossEntropy.FromLogits([1000], [0]));
        Assert.Equal(1000, BinaryCrossEntropy.FromLogits([-1000], [1]));
        Assert.Equal(0, BinaryCrossEntropy.FromLogits([1000, -1000], [1, 0]));
        // The naive −ln σ(−1000) would be −ln 0 = ∞; the clipped-probability form stays at ≈ −ln ε ≈ 27.6
        // (1 − (1 − ε) is not exactly ε in double, hence the loose tolerance).
        var clipped = BinaryCrossEntropy.FromProbabilities([0.0, 1.0], [1, 0]);
        Tolerance.Close(clipped, -Math.Log(BinaryCrossEntropy.Epsilon), atol: 1e-4, what: "clipped loss");
        var gradient = BinaryCrossEntropy.GradientWrtLogits(Matrix.FromRows([[1.0], [0.0]]), Matrix.FromRows([[0], [1]]));
        Assert.Equal([0.5, -0.5], gradient.Data);
    }

    [Fact]
    public void Logit_and_probability_forms_agree_for_moderate_logits()
    {
        double[] z = [-8, -2.5, -0.1, 0, 0.3, 4, 9];
        double[] t = [0, 1, 0, 1, 1, 0, 1];
        var y = z.Select(v => 1 / (1 + Math.Exp(-v))).ToArray();
        Tolerance.Close(BinaryCrossEntropy.FromLogits(z, t), BinaryCrossEntropy.FromProbabilities(y, t), 0, 1e-12, "two forms");
    }

    [Fact]
    public void The_gradient_with_respect_to_the_logits_is_y_minus_t_over_n()
    {
        // Independent check of dZ2 = (Y − T)/N: central differences of the loss in each logit.
        double[] z = [-1.5, 0.2, 2.0, -0.3];
        double[] t = [0, 1, 0, 1];
        var y = Matrix.FromRows(z.Select(v => new[] { 1 / (1 + Math.Exp(-v)) }).ToArray());
        var analytical = BinaryCrossEntropy.GradientWrtLogits(y, Matrix.FromRows(t.Select(v => new[] { v }).ToArray())).Data;
        const double h = 1e-5;
        var numerical = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var plus = (double[])z.Clone();
            var minus = (double[])z.Clone();
            plus[i] += h;
            minus[i] -= h;
            numerical[i] = (BinaryCrossEntropy.FromLogits(plus, t) - BinaryCrossEntropy.FromLogits(minus, t)) / (2 * h);
        }
        Tolerance.AllClose(analytical, numerical, 1e-10, 1e-7, "dZ2");
    }

    [Fact]
    public void Mismatched_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => BinaryCrossEntropy.FromLogits([1, 2], [1]));
}
