using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Core.Tests.Training;

public class GradientCheckTests
{
    [Fact]
    public void Backprop_matches_central_differences_for_every_tensor_with_tanh()
    {
        var data = TwoMoons.Generate(30, 0.2, new Random(4));
        var mlp = TwoLayerMlp.CreateRandom(2, 6, new Random(8), Tanh.Instance);
        RandomizeBiases(mlp, new Random(9)); // non-zero biases, so their gradients are tested in general position

        var result = GradientCheck.Run(mlp, data.X, data.Targets);

        Assert.Equal(["W1", "b1", "W2", "b2"], result.Tensors.Select(t => t.Name));
        Assert.Equal([12, 6, 6, 1], result.Tensors.Select(t => t.Count));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError < 1e-7, $"{t.Name}: relative error {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void A_gradient_that_forgot_the_one_over_n_is_caught_and_the_right_one_passes()
    {
        // The seam: the check takes any claimed gradient. Backprop's dZ2 = (Y − T)/N; a student who forgets the 1/N
        // gets every gradient N times too large, and the check must say so loudly.
        var data = TwoMoons.Generate(16, 0.2, new Random(4));
        var mlp = TwoLayerMlp.CreateRandom(2, 6, new Random(8), Tanh.Instance);
        RandomizeBiases(mlp, new Random(9));
        var right = Backpropagation.Backward(mlp, mlp.Forward(data.X), data.Targets);
        var n = data.X.Rows;
        var forgotMean = new MlpGradients(right.DW1.Map(g => g * n), right.DB1.Select(g => g * n).ToArray(),
            right.DW2.Map(g => g * n), right.DB2.Select(g => g * n).ToArray());

        var caught = GradientCheck.Run(mlp, data.X, data.Targets, forgotMean);
        var passed = GradientCheck.Run(mlp, data.X, data.Targets, right);

        // |N·n − n| / (N·|n| + |n|) = (N − 1)/(N + 1) = 15/17 ≈ 0.88 for every entry with a non-zero gradient.
        Assert.All(caught.Tensors, t => Assert.True(t.MaxRelativeError > 0.5, $"{t.Name}: relative error {t.MaxRelativeError:E2}"));
        Assert.True(passed.MaxRelativeError < 1e-7, $"relative error {passed.MaxRelativeError:E2}");
    }

    [Fact]
    public void Backprop_matches_central_differences_for_every_tensor_with_relu_away_from_the_kink()
    {
        var data = TwoMoons.Generate(40, 0.2, new Random(5));
        var mlp = TwoLayerMlp.CreateRandom(2, 8, new Random(6));
        RandomizeBiases(mlp, new Random(7));
        // Precondition of an honest ReLU check: no pre-activation within 1e-3 of the kink, so a step of 1e-5 never switches a unit.
        var closest = mlp.Forward(data.X).Z1.Data.Min(Math.Abs);
        Assert.True(closest > 1e-3, $"a pre-activation is {closest:E2} from the kink; pick other seeds");

        var result = GradientCheck.Run(mlp, data.X, data.Targets);

        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError < 1e-4, $"{t.Name}: relative error {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void The_overall_error_is_the_worst_tensor_error()
    {
        var result = new GradientCheckResult([new("W1", 4, 2e-9), new("b1", 2, 3e-6), new("W2", 2, 1e-8), new("b2", 1, 0)]);
        Assert.Equal(3e-6, result.MaxRelativeError);
    }

    [Fact]
    public void The_check_leaves_the_network_unchanged()
    {
        var data = TwoMoons.Generate(10, 0.2, new Random(5));
        var mlp = TwoLayerMlp.CreateRandom(2, 4, new Random(6));
        var before = mlp.ParameterTensors.SelectMany(t => t.Values).ToArray();
        GradientCheck.Run(mlp, data.X, data.Targets);
        Assert.Equal(before, mlp.ParameterTensors.SelectMany(t => t.Values).ToArray());
    }

    [Fact]
    public void A_wrong_gradient_is_caught()
    {
        // The check is only worth something if it fails on a wrong derivative: forgetting the 1/N of the
        // mean (a classic bug) gives a relative error of (N − 1)/(N + 1), far above any tolerance.
        Assert.Equal(9.0 / 11.0, GradientCheck.RelativeError(analytical: 10 * 0.3, numerical: 0.3), 12);
        Assert.Equal(0, GradientCheck.RelativeError(0, 0));
        Assert.Equal(1, GradientCheck.RelativeError(1e-3, 0));
    }

    private static void RandomizeBiases(TwoLayerMlp mlp, Random random)
    {
        for (var j = 0; j < mlp.B1.Length; j++)
        {
            mlp.B1[j] = 0.5 * Gaussian.Next(random);
        }
        mlp.B2[0] = 0.5 * Gaussian.Next(random);
    }
}
