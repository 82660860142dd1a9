using System.Numerics;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;
using NnLesson.Core.Training.Fast;

namespace NnLesson.Benchmarks.Float32;

/// <summary>
/// <see cref="FastMlpTrainer"/>'s full-batch training in float32, for throughput (the benchmark against numpy):
/// twice the samples per SIMD vector (W = Vector&lt;float&gt;.Count: 8 with AVX2, 4 without), fused multiply-add
/// where the CPU has it, and the batch split in two halves on two threads once it is large enough.
/// The network's float64 weights are copied to float32 before the first epoch and back after the last; every
/// update happens in float32, as numpy's float32 run does. Losses and accuracies are summed per lane in float32
/// and reported as double. Results differ from the float64 paths by float32 rounding (≈1e−7 per operation,
/// ≈1e−5 in the loss after thousands of epochs); an agreement test bounds the difference.
/// The readable path stays <see cref="MlpTrainer"/> (float64); the slides train with the float64 paths.
/// </summary>
public static class Float32MlpTrainer
{
    public static TrainingHistory Train(TwoLayerMlp mlp, Dataset2D train, Dataset2D? validation, TrainingSettings settings,
        Action<EpochProgress>? progress = null, bool twoThreads = false)
    {
        settings.Validate();
        if (mlp.HiddenActivation is not Relu || mlp.Inputs != 2)
        {
            throw new ArgumentException("The fast path implements the lecture's network only: 2 inputs and a ReLU hidden layer.", nameof(mlp));
        }
        var weights = new Float32Weights(mlp);
        var trainBlocks = Float32Points.From(train);
        var validationBlocks = validation is null ? null : Float32Points.From(validation);
        // Two threads pay only when each epoch is long: the hand-over costs microseconds per epoch, and an epoch of
        // the lecture's 1000 points takes about ten (measured in bench/training.sh: slower on a busy machine).
        var halves = twoThreads && trainBlocks.Blocks >= 4;
        var kernels = halves ? new[] { new Float32Kernel(mlp.Hidden), new Float32Kernel(mlp.Hidden) } : [new Float32Kernel(mlp.Hidden)];
        var half = trainBlocks.Blocks / 2 / 2 * 2; // an even number of blocks for the first kernel
        var history = new TrainingHistory(settings.Epochs, validation is not null);
        var learningRate = (float)settings.LearningRate;
        for (var epoch = 0; ; epoch++)
        {
            var last = epoch == settings.Epochs;
            foreach (var kernel in kernels)
            {
                kernel.LoadWeights(weights);
            }
            double lossSum, correct;
            if (halves)
            {
                // The second half on a pool thread, the first here; each kernel sums its own gradients.
                var second = Task.Run(() => kernels[1].Pass(trainBlocks, half, trainBlocks.Blocks, backward: !last));
                var first = kernels[0].Pass(trainBlocks, 0, half, backward: !last);
                var other = second.GetAwaiter().GetResult();
                (lossSum, correct) = (first.LossSum + other.LossSum, first.Correct + other.Correct);
            }
            else
            {
                (lossSum, correct) = kernels[0].Pass(trainBlocks, 0, trainBlocks.Blocks, backward: !last);
            }
            var loss = lossSum / train.Count;
            history.TrainLoss[epoch] = loss;
            history.TrainAccuracy[epoch] = correct / train.Count;
            if (validationBlocks is not null)
            {
                var (vLoss, vCorrect) = kernels[0].Pass(validationBlocks, 0, validationBlocks.Blocks, backward: false);
                history.ValidationLoss[epoch] = vLoss / validation!.Count;
                history.ValidationAccuracy[epoch] = vCorrect / validation.Count;
            }
            if (last)
            {
                weights.CopyTo(mlp);
                return history;
            }
            weights.Step(kernels, learningRate, 1f / train.Count);                   // update
            progress?.Invoke(new EpochProgress(epoch + 1, settings.Epochs, loss));
        }
    }
}
