using NnLesson.Core.Training.Fast;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Core.Tests.Training;

public class TrainingTests
{
    [Fact]
    public void The_mlp_overfits_ten_points_with_random_labels()
    {
        // Memorisation: 10 random points with random labels have no pattern to learn, yet 2→16→1 fits them all.
        var random = new Random(21);
        var x = Gaussian.Matrix(10, 2, 1, random);
        var labels = new[] { 0, 1, 1, 0, 1, 0, 0, 1, 1, 0 };
        var points = new Dataset2D(x, labels);
        var mlp = TwoLayerMlp.CreateRandom(2, 16, random);

        var history = MlpTrainer.Train(mlp, points, null, new TrainingSettings(Epochs: 5000, LearningRate: 0.5));

        Assert.Equal(1.0, history.FinalTrainAccuracy);
        Assert.True(history.FinalTrainLoss < 0.02, $"loss after training {history.FinalTrainLoss}");
        Assert.False(history.HasValidation);
    }

    [Fact]
    public void Default_training_on_two_moons_reaches_96_percent_validation_accuracy()
    {
        // The slide's defaults (Slide5TrainOptions.Default): 1000 points, noise 0.2, 2→16→1, 2000 epochs, η = 0.5, seed 42.
        var setup = TrainingSetup.Create(DatasetKind.Moons, samples: 1000, noise: 0.2, hidden: 16, seed: 42);
        var history = FastMlpTrainer.Train(setup.Network, setup.Data.Train, setup.Data.Validation, new TrainingSettings(2000, 0.5));

        Assert.True(history.FinalValidationAccuracy >= 0.96, $"validation accuracy {history.FinalValidationAccuracy:P1}");
        Assert.True(history.FinalTrainLoss < history.TrainLoss[0] / 5, "the loss should fall far below its start");
        Tolerance.Close(history.TrainLoss[0], Math.Log(2), atol: 0.05, what: "loss at initialisation"); // near the 50/50 guess
    }

    [Fact]
    public void History_starts_with_the_untrained_network_and_has_one_entry_per_step()
    {
        var setup = TrainingSetup.Create(DatasetKind.Xor, 60, 0.2, 4, seed: 3);
        var initial = setup.Network.Clone();
        var history = MlpTrainer.Train(setup.Network, setup.Data.Train, setup.Data.Validation, new TrainingSettings(7, 0.1));

        Assert.Equal(8, history.TrainLoss.Length);
        Assert.Equal(8, history.ValidationAccuracy.Length);
        var expected = BinaryCrossEntropy.FromLogits(initial.Forward(setup.Data.Train.X).Z2.Data, setup.Data.Train.Targets.Data);
        Assert.Equal(expected, history.TrainLoss[0]);
        var final = BinaryCrossEntropy.FromLogits(setup.Network.Forward(setup.Data.Validation.X).Z2.Data, setup.Data.Validation.Targets.Data);
        Assert.Equal(final, history.FinalValidationLoss);
    }

    [Fact]
    public void Progress_hears_every_step()
    {
        var setup = TrainingSetup.Create(DatasetKind.Moons, 40, 0.2, 4, seed: 3);
        var seen = new List<int>();
        FastMlpTrainer.Train(setup.Network, setup.Data.Train, null, new TrainingSettings(5, 0.1), p => seen.Add(p.Epoch));
        Assert.Equal([1, 2, 3, 4, 5], seen);
    }

    [Theory]
    [InlineData(203)] // not a multiple of the SIMD block, so the padded last block is exercised too
    [InlineData(3)]   // fewer points than one block
    public void Fast_and_readable_paths_end_with_the_same_weights_and_losses(int trainPoints)
    {
        var random = new Random(17);
        var train = TwoMoons.Generate(trainPoints, 0.2, random);
        var validation = TwoMoons.Generate(51, 0.2, random);
        var start = TwoLayerMlp.CreateRandom(2, 16, random);
        var readable = start.Clone();
        var fast = start.Clone();
        var settings = new TrainingSettings(300, 0.5);

        var slow = MlpTrainer.Train(readable, train, validation, settings);
        var quick = FastMlpTrainer.Train(fast, train, validation, settings);

        for (var t = 0; t < 4; t++)
        {
            var (name, expected) = readable.ParameterTensors[t];
            Tolerance.AllClose(fast.ParameterTensors[t].Values, expected, 1e-14, 1e-12, name);
        }
        Tolerance.AllClose(quick.TrainLoss, slow.TrainLoss, 0, 1e-12, "training loss per epoch");
        Tolerance.AllClose(quick.ValidationLoss, slow.ValidationLoss, 0, 1e-12, "validation loss per epoch");
        Assert.Equal(slow.TrainAccuracy, quick.TrainAccuracy);
        Assert.Equal(slow.ValidationAccuracy, quick.ValidationAccuracy);
    }

    [Fact]
    public void The_fast_path_refuses_networks_it_does_not_implement()
    {
        var data = TwoMoons.Generate(20, 0.1, new Random(1));
        var tanh = TwoLayerMlp.CreateRandom(2, 4, new Random(1), Tanh.Instance);
        Assert.Throws<ArgumentException>(() => FastMlpTrainer.Train(tanh, data, null, new TrainingSettings(3, 0.1)));
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(10, 0)]
    [InlineData(10, double.PositiveInfinity)]
    public void Impossible_settings_are_refused(int epochs, double learningRate)
    {
        var data = TwoMoons.Generate(20, 0.1, new Random(1));
        var mlp = TwoLayerMlp.CreateRandom(2, 4, new Random(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MlpTrainer.Train(mlp, data, null, new TrainingSettings(epochs, learningRate)));
    }
}
