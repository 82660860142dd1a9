using NnLesson.Core.Cnn.Training;

namespace NnLesson.Core.Tests.Cnn.Training;

public class NetworkGradientCheckTests
{
    [Fact]
    public void The_whole_LeNet_backward_pass_matches_central_differences_for_every_parameter_and_the_input()
    {
        // A small LeNet (12×12 input, 2 and 3 channels, 6 hidden, 4 classes) so that every one of its values is checked.
        var architecture = CnnArchitecture.LeNet(2, 3, 6, 4, 12, 12);
        var network = new Network(architecture, TrainingRandom.Weights(architecture, 3));
        var random = new Random(4);
        var x = TrainingRandom.Batch(random, 3, 1, 12, 12);

        var result = CnnGradientCheck.Network(network, x, TrainingRandom.Labels(random, 3, 4), random);

        Assert.Equal(["conv1.w", "conv1.b", "conv2.w", "conv2.b", "dense1.w", "dense1.b", "dense2.w", "dense2.b", "x"],
            result.Tensors.Select(t => t.Name));
        Assert.Equal([50, 2, 150, 3, 18, 6, 24, 4, 432], result.Tensors.Select(t => t.Count));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= 1e-6, $"{t.Name}: {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void A_gradient_without_the_one_over_n_of_the_mean_is_caught()
    {
        // The check must be able to fail: a wrong gradient (N times too large) gives a relative error near 1.
        var architecture = CnnArchitecture.LeNet(2, 3, 6, 4, 12, 12);
        var network = new Network(architecture, TrainingRandom.Weights(architecture, 3));
        var random = new Random(4);
        var x = TrainingRandom.Batch(random, 3, 1, 12, 12);
        var labels = TrainingRandom.Labels(random, 3, 4);
        network.LossAndGradients(x, labels);
        var claimed = network.Parameters[0].Gradient.Select(g => 3 * g).ToArray();
        var numerical = Numerical(network, x, labels, network.Parameters[0].Values, 0);
        Assert.True(Core.Training.GradientCheck.RelativeError(claimed[0], numerical) > 0.4);
        Assert.True(Core.Training.GradientCheck.RelativeError(network.Parameters[0].Gradient[0], numerical) < 1e-6);
    }

    [Fact]
    public void The_default_LeNet_has_the_lecture_shapes()
    {
        var shapes = CnnArchitecture.LeNet(8, 16, 120, 10).Shapes().Select(s => s.ToString());
        Assert.Equal(["[8, 28, 28]", "[8, 28, 28]", "[8, 14, 14]", "[16, 10, 10]", "[16, 10, 10]", "[16, 5, 5]", "[400]", "[120]", "[120]", "[10]"], shapes);
    }

    [Fact]
    public void Softmax_cross_entropy_matches_a_hand_value_and_its_gradient()
    {
        // z = [0, ln 3], label 1: p = [1/4, 3/4], L = −ln(3/4); dz = (p − onehot) / N.
        var z = new Batch(1, 2, 1, 1, [0, Math.Log(3)]);
        var dz = Batch.ZerosLike(z);
        var loss = SoftmaxCrossEntropy.LossAndGradient(z, [1], dz);
        Assert.Equal(-Math.Log(0.75), loss, 12);
        Assert.Equal(0.25, dz.Data[0], 12);
        Assert.Equal(-0.25, dz.Data[1], 12);
        // Huge logits do not overflow (max-subtracted): z = [1000, 0], label 0 → L ≈ e^−1000 ≈ 0.
        Assert.Equal(0, SoftmaxCrossEntropy.Loss(new Batch(1, 2, 1, 1, [1000, 0]), [0]), 12);
    }

    private static double Numerical(Network network, Batch x, int[] labels, double[] values, int i)
    {
        var original = values[i];
        values[i] = original + 1e-5;
        var plus = network.Loss(x, labels);
        values[i] = original - 1e-5;
        var minus = network.Loss(x, labels);
        values[i] = original;
        return (plus - minus) / 2e-5;
    }
}
