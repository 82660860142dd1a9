using NnLesson.Core.Cnn.Training;

namespace NnLesson.Core.Tests.Cnn.Training;

public class OptimiserTests
{
    [Fact]
    public void Sgd_momentum_follows_the_velocity_formula_by_hand()
    {
        // θ = 1, η = 0.1, μ = 0.9, g = 2 then 2: v1 = 2, θ1 = 0.8; v2 = 0.9·2 + 2 = 3.8, θ2 = 0.8 − 0.38 = 0.42.
        double[] theta = [1], v = [0];
        SgdMomentum.Step(theta, [2.0], v, 0.1, 0.9);
        Assert.Equal(0.8, theta[0], 12);
        SgdMomentum.Step(theta, [2.0], v, 0.1, 0.9);
        Assert.Equal(0.42, theta[0], 12);
        // The float SIMD version gives the same numbers over a long vector (every lane and the tail).
        var thetaF = Enumerable.Repeat(1f, 37).ToArray();
        var vF = new float[37];
        var g = Enumerable.Repeat(2f, 37).ToArray();
        SgdMomentum.Step(thetaF, g, vF, 0.1f, 0.9f);
        SgdMomentum.Step(thetaF, g, vF, 0.1f, 0.9f);
        Assert.All(thetaF, t => Assert.Equal(0.42f, t, 5));
    }

    [Fact]
    public void The_shuffle_is_a_permutation_the_seed_fixes()
    {
        var a = SeededShuffle.Permutation(1000, new Random(1));
        Assert.Equal(Enumerable.Range(0, 1000), a.Order());
        Assert.Equal(a, SeededShuffle.Permutation(1000, new Random(1)));
        Assert.NotEqual(a, SeededShuffle.Permutation(1000, new Random(2)));
        Assert.NotEqual(Enumerable.Range(0, 1000), a);
    }

    [Fact]
    public void He_initialisation_draws_weights_with_variance_two_over_fan_in_and_zero_biases()
    {
        var architecture = CnnArchitecture.LeNet(32, 64, 500, 10);
        var weights = CnnWeights.HeInitialised(architecture, new Random(3));
        var conv2 = weights.Tensors[2]; // [64, 32, 5, 5]: fan-in 800, 51 200 values
        var variance = conv2.Select(v => (double)v * v).Average();
        Assert.InRange(variance, 2.0 / 800 * 0.97, 2.0 / 800 * 1.03);
        Assert.InRange(conv2.Average(), -0.002, 0.002);
        Assert.All(weights.Tensors[3], b => Assert.Equal(0f, b));
        // The logits layer (no ReLU after it): variance 1/fanIn = 1/500.
        var logits = weights.Tensors[6];
        Assert.InRange(logits.Select(v => (double)v * v).Average(), 1.0 / 500 * 0.9, 1.0 / 500 * 1.1);
        Assert.Equal(weights.Tensors[0], CnnWeights.HeInitialised(architecture, new Random(3)).Tensors[0]);
    }
}
