using NnLesson.Core.Perceptrons;

namespace NnLesson.Core.Tests.Perceptrons;

public class PerceptronRuleTests
{
    [Fact]
    public void Weighted_sum_and_step_match_the_formula()
    {
        // z = 0.5·1 + (−0.25)·2 + 0.1 = 0.1 → y = 1;  z at (0, 0) = b = −0.3 → y = 0.
        var p = new Perceptron(0.5, -0.25, 0.1);
        Tolerance.Close(p.WeightedSum(1, 2), 0.1, atol: 1e-15);
        Assert.Equal(1, p.Predict(1, 2));
        Assert.Equal(0, new Perceptron(0.5, -0.25, -0.3).Predict(0, 0));
    }

    [Fact]
    public void Step_counts_zero_as_class_one()
    {
        Assert.Equal(1, Perceptron.Step(0.0));
        Assert.Equal(1, Perceptron.Step(1e-300));
        Assert.Equal(0, Perceptron.Step(-1e-300));
    }

    [Fact]
    public void A_wrong_answer_moves_the_weights_by_lr_times_error_times_input()
    {
        // Hand-computed: w = (0.5, −0.25), b = −0.5, x = (1, 1), t = 1, lr = 0.1.
        // z = 0.5 − 0.25 − 0.5 = −0.25 → y = 0, error t − y = +1.
        // w₁ = 0.5 + 0.1·1·1 = 0.6,  w₂ = −0.25 + 0.1·1·1 = −0.15,  b = −0.5 + 0.1·1 = −0.4.
        var p = new Perceptron(0.5, -0.25, -0.5);
        var error = p.Learn(1, 1, target: 1, learningRate: 0.1);
        Assert.Equal(1, error);
        Tolerance.AllClose([p.W1, p.W2, p.Bias], [0.6, -0.15, -0.4], atol: 1e-15, rtol: 0, what: "w1, w2, b");
    }

    [Fact]
    public void A_false_positive_lowers_only_the_weights_of_active_inputs()
    {
        // w = (0.3, 0.2), b = 0, x = (0, 1), t = 0: z = 0.2 → y = 1, error −1.
        // w₁ is multiplied by x₁ = 0, so it stays 0.3; w₂ = 0.2 − 0.1 = 0.1; b = 0 − 0.1 = −0.1.
        var p = new Perceptron(0.3, 0.2, 0.0);
        Assert.Equal(-1, p.Learn(0, 1, target: 0, learningRate: 0.1));
        Tolerance.AllClose([p.W1, p.W2, p.Bias], [0.3, 0.1, -0.1], atol: 1e-15, rtol: 0, what: "w1, w2, b");
    }

    [Fact]
    public void A_right_answer_changes_nothing()
    {
        var p = new Perceptron(0.3, 0.2, -0.4);
        Assert.Equal(0, p.Learn(1, 1, target: 1, learningRate: 0.1)); // z = 0.1 → y = 1 = t
        Assert.Equal((0.3, 0.2, -0.4), (p.W1, p.W2, p.Bias));
    }

    [Fact]
    public void Targets_other_than_zero_and_one_are_refused()
    {
        var p = new Perceptron(0, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => p.Learn(1, 1, target: 2, learningRate: 0.1));
        Assert.Throws<ArgumentException>(() => new Perceptron(double.NaN, 0, 0));
    }

    [Fact]
    public void Random_initial_weights_are_small_and_depend_only_on_the_seed()
    {
        var a = Perceptron.CreateRandom(new Random(42));
        var b = Perceptron.CreateRandom(new Random(42));
        var c = Perceptron.CreateRandom(new Random(43));
        Assert.Equal((a.W1, a.W2, a.Bias), (b.W1, b.W2, b.Bias));
        Assert.NotEqual((a.W1, a.W2, a.Bias), (c.W1, c.W2, c.Bias));
        for (var seed = 0; seed < 200; seed++)
        {
            var p = Perceptron.CreateRandom(new Random(seed));
            Assert.All(new[] { p.W1, p.W2, p.Bias }, w => Assert.InRange(w, -Perceptron.InitialScale, Perceptron.InitialScale));
        }
    }
}
