using NnLesson.Benchmarks.Float32;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Benchmarks.Tests;

/// <summary>The float32 fast path against the readable float64 path: the same training up to float32 rounding.</summary>
public class Float32TrainingTests
{
    [Theory]
    [InlineData(203, false)]  // not a multiple of the SIMD block: the padded last block is exercised
    [InlineData(3, false)]    // fewer points than one block
    [InlineData(1203, true)]  // two halves on two threads
    public void Float32_and_readable_float64_paths_agree_to_float32_rounding(int trainPoints, bool parallel)
    {
        var random = new Random(17);
        var train = TwoMoons.Generate(trainPoints, 0.2, random);
        var validation = TwoMoons.Generate(51, 0.2, random);
        var start = TwoLayerMlp.CreateRandom(2, 16, random);
        var readable = start.Clone();
        var single = start.Clone();
        var settings = new TrainingSettings(300, 0.5);

        var slow = MlpTrainer.Train(readable, train, validation, settings);
        var quick = Float32MlpTrainer.Train(single, train, validation, settings, twoThreads: parallel);

        // float32 keeps ~7 significant digits; 300 steps of gradient descent carry the rounding along.
        for (var t = 0; t < 4; t++)
        {
            var (name, expected) = readable.ParameterTensors[t];
            Tolerance.AllClose(single.ParameterTensors[t].Values, expected, 1e-4, 1e-4, name);
        }
        Tolerance.AllClose(quick.TrainLoss, slow.TrainLoss, 1e-5, 1e-4, "training loss per epoch");
        Tolerance.AllClose(quick.ValidationLoss, slow.ValidationLoss, 1e-5, 1e-4, "validation loss per epoch");
        // A point on the decision boundary may flip between float32 and float64: at most one per epoch.
        for (var e = 0; e <= settings.Epochs; e++)
        {
            Assert.True(Math.Abs(quick.TrainAccuracy[e] - slow.TrainAccuracy[e]) <= 1.0 / trainPoints + 1e-12, $"train accuracy at epoch {e}");
        }
        Assert.True(slow.FinalTrainLoss < slow.TrainLoss[0], "training must have changed the loss for the comparison to mean anything");
    }

    [Fact]
    public void Two_threads_give_the_one_thread_result_up_to_summation_order()
    {
        var random = new Random(5);
        var train = TwoMoons.Generate(1000, 0.2, random);
        var start = TwoLayerMlp.CreateRandom(2, 16, random);
        var one = start.Clone();
        var two = start.Clone();
        var settings = new TrainingSettings(200, 0.5);

        var a = Float32MlpTrainer.Train(one, train, null, settings, twoThreads: false);
        var b = Float32MlpTrainer.Train(two, train, null, settings, twoThreads: true);

        Tolerance.AllClose(b.TrainLoss, a.TrainLoss, 1e-6, 1e-5, "training loss per epoch");
        for (var t = 0; t < 4; t++)
        {
            Tolerance.AllClose(two.ParameterTensors[t].Values, one.ParameterTensors[t].Values, 1e-5, 1e-5, one.ParameterTensors[t].Name);
        }
    }

    [Fact]
    public void The_float32_path_refuses_networks_it_does_not_implement()
    {
        var data = TwoMoons.Generate(20, 0.1, new Random(1));
        var tanh = TwoLayerMlp.CreateRandom(2, 4, new Random(1), Tanh.Instance);
        Assert.Throws<ArgumentException>(() => Float32MlpTrainer.Train(tanh, data, null, new TrainingSettings(3, 0.1)));
    }
}
