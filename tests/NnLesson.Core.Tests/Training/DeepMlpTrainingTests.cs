using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Core.Tests.Training;

public class DeepMlpTrainingTests
{
    [Fact]
    public void Backprop_matches_central_differences_for_every_tensor_of_three_tanh_layers_with_L2()
    {
        var data = TwoMoons.Generate(24, 0.2, new Random(4));
        var mlp = DeepMlp.CreateRandom(2, [5, 4, 3], Tanh.Instance, new Random(8));
        RandomizeBiases(mlp, new Random(10)); // non-zero biases: their gradients are checked in general position

        var result = DeepGradientCheck.Run(mlp, data.X, data.Targets, l2: 0.05);

        Assert.Equal(["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"], result.Tensors.Select(t => t.Name));
        Assert.Equal([10, 5, 20, 4, 12, 3, 3, 1], result.Tensors.Select(t => t.Count));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError < 1e-7, $"tanh {t.Name}: relative error {t.MaxRelativeError:E2}"));
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    public void Backprop_matches_central_differences_for_every_tensor_of_two_hidden_layers_with_L2(string activation)
    {
        // Two sigmoid layers, not three: σ′ ≤ ¼ shrinks b1's gradient per layer (the vanishing gradient), and at
        // three layers the rounding in the central difference alone reaches 1e−7 of it.
        var data = TwoMoons.Generate(24, 0.2, new Random(4));
        var mlp = DeepMlp.CreateRandom(2, [5, 3], ActivationNamed(activation), new Random(8));
        RandomizeBiases(mlp, new Random(10));

        var result = DeepGradientCheck.Run(mlp, data.X, data.Targets, l2: 0.05);

        Assert.Equal(["W1", "b1", "W2", "b2", "W3", "b3"], result.Tensors.Select(t => t.Name));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError < 1e-7, $"{activation} {t.Name}: relative error {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void Backprop_matches_central_differences_with_relu_away_from_the_kink()
    {
        var data = TwoMoons.Generate(20, 0.2, new Random(5));
        var mlp = DeepMlp.CreateRandom(2, [6, 4], Relu.Instance, new Random(6));
        RandomizeBiases(mlp, new Random(7));
        var pass = mlp.Forward(data.X);
        var closest = pass.Z.Take(2).SelectMany(z => z.Data).Min(Math.Abs);
        Assert.True(closest > 1e-3, $"a pre-activation is {closest:E2} from the kink; pick other seeds");

        var result = DeepGradientCheck.Run(mlp, data.X, data.Targets, l2: 0.01);

        Assert.Equal(6, result.Tensors.Count);
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError < 1e-4, $"{t.Name}: relative error {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void A_gradient_that_forgets_the_L2_term_is_caught()
    {
        // The injected bug: backprop without λ·W while the loss carries (λ/2)‖W‖². The check must see it.
        var data = TwoMoons.Generate(20, 0.2, new Random(4));
        var mlp = DeepMlp.CreateRandom(2, [4], Tanh.Instance, new Random(3));
        const double l2 = 0.5;
        var wrong = DeepBackpropagation.Backward(mlp, mlp.Forward(data.X), data.Targets, l2: 0).DW[0].Data[0];
        var right = DeepBackpropagation.Backward(mlp, mlp.Forward(data.X), data.Targets, l2).DW[0].Data[0];
        var w = mlp.Layers[0].Weights.Data;
        var original = w[0];
        const double h = 1e-5;
        w[0] = original + h;
        var plus = DeepBackpropagation.Loss(mlp, data.X, data.Targets, l2);
        w[0] = original - h;
        var minus = DeepBackpropagation.Loss(mlp, data.X, data.Targets, l2);
        w[0] = original;
        var numerical = (plus - minus) / (2 * h);

        Assert.True(GradientCheck.RelativeError(right, numerical) < 1e-7);
        Assert.True(GradientCheck.RelativeError(wrong, numerical) > 0.01, $"wrong {wrong}, numerical {numerical}");
    }

    [Fact]
    public void One_relu_layer_draws_the_weights_of_the_two_layer_mlp()
    {
        var deep = DeepMlp.CreateRandom(2, [7], Relu.Instance, new Random(11));
        var two = TwoLayerMlp.CreateRandom(2, 7, new Random(11));
        Assert.Equal(two.ParameterTensors.SelectMany(t => t.Values), deep.ParameterTensors.SelectMany(t => t.Values));
    }

    [Fact]
    public void Full_batch_epochs_without_L2_are_exactly_the_readable_trainers_epochs()
    {
        var setup = TrainingSetup.Create(DatasetKind.Moons, 120, 0.2, 6, seed: 5);
        var deep = DeepMlp.From(setup.Network);
        var history = MlpTrainer.Train(setup.Network, setup.Data.Train, setup.Data.Validation, new TrainingSettings(25, 0.5));
        var random = new Random(1);
        var losses = new List<double>();
        for (var epoch = 0; epoch <= 25; epoch++)
        {
            losses.Add(MiniBatchTrainer.Measure(deep, setup.Data.Train).Loss);
            if (epoch < 25)
            {
                MiniBatchTrainer.Epoch(deep, setup.Data.Train, new MiniBatchSettings(0.5, BatchSize: 10_000, L2: 0), random);
            }
        }

        Assert.Equal(history.TrainLoss, losses);                     // bit for bit: the same arithmetic in the same order
        Assert.Equal(setup.Network.ParameterTensors.SelectMany(t => t.Values), deep.ParameterTensors.SelectMany(t => t.Values));
        Assert.Equal(new Random(1).Next(), random.Next());           // a full batch draws no random number
    }

    [Fact]
    public void Mini_batches_and_two_tanh_layers_learn_xor()
    {
        var random = new Random(3);
        var split = ToyDatasets.Create(DatasetKind.Xor, 200, 0.15, random).Split(0.2, random);
        var mlp = DeepMlp.CreateRandom(2, [8, 8], Tanh.Instance, random);
        var before = MiniBatchTrainer.Measure(mlp, split.Validation);
        for (var epoch = 0; epoch < 60; epoch++)
        {
            MiniBatchTrainer.Epoch(mlp, split.Train, new MiniBatchSettings(0.1, BatchSize: 10, L2: 0), random);
        }
        var after = MiniBatchTrainer.Measure(mlp, split.Validation);

        Assert.True(after.Loss < before.Loss / 3, $"validation loss {before.Loss:F3} → {after.Loss:F3}");
        Assert.True(after.Accuracy >= 0.9, $"validation accuracy {after.Accuracy:P0}");
    }

    [Fact]
    public void L2_keeps_the_weights_smaller()
    {
        var random = new Random(2);
        var data = ToyDatasets.Create(DatasetKind.Moons, 100, 0.2, random);
        var start = DeepMlp.CreateRandom(2, [8], Relu.Instance, random);
        double Norm(DeepMlp m) => m.Layers.Sum(l => l.Weights.Data.Sum(w => w * w));
        var plain = start.Clone();
        var decayed = start.Clone();
        for (var epoch = 0; epoch < 300; epoch++)
        {
            MiniBatchTrainer.Epoch(plain, data, new MiniBatchSettings(0.5, 1000, 0), random);
            MiniBatchTrainer.Epoch(decayed, data, new MiniBatchSettings(0.5, 1000, 0.05), random);
        }
        Assert.True(Norm(decayed) < 0.7 * Norm(plain), $"‖W‖² with L2 {Norm(decayed):F2}, without {Norm(plain):F2}");
    }

    [Fact]
    public void Forward_keeps_every_layers_arrays_with_their_shapes()
    {
        var mlp = DeepMlp.CreateRandom(2, [3, 5], Sigmoid.Instance, new Random(1));
        var pass = mlp.Forward(Gaussian.Matrix(7, 2, 1, new Random(2)));
        Assert.Equal(["[7, 3]", "[7, 5]", "[7, 1]"], pass.Z.Select(z => z.Shape));
        Assert.Equal(["[7, 3]", "[7, 5]", "[7, 1]"], pass.A.Select(a => a.Shape));
        Assert.All(pass.Y.Data, y => Assert.InRange(y, 0, 1));
        Assert.Equal(2 * 3 + 3 + 3 * 5 + 5 + 5 + 1, mlp.ParameterCount);
        Assert.Throws<ArgumentException>(() => mlp.Forward(new Matrix(2, 3)));
    }

    private static IActivation ActivationNamed(string name) => name switch
    {
        "tanh" => Tanh.Instance,
        "sigmoid" => Sigmoid.Instance,
        _ => Relu.Instance,
    };

    private static void RandomizeBiases(DeepMlp mlp, Random random)
    {
        foreach (var layer in mlp.Layers)
        {
            for (var j = 0; j < layer.Biases.Length; j++)
            {
                layer.Biases[j] = 0.5 * Gaussian.Next(random);
            }
        }
    }
}
