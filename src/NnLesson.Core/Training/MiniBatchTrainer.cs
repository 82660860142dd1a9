using NnLesson.Core.Datasets;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// Mini-batch gradient descent for a <see cref="DeepMlp"/>, one epoch at a time (the playground trains step by step):
///   shuffle the training points (Fisher–Yates, the given <see cref="Random"/>), cut them into batches of B,
///   and for each batch: forward → backward (<see cref="DeepBackpropagation"/>, with L2) → W ← W − η·dW.
/// When B ≥ N the epoch is one full-batch step on the points in their order and draws no random number:
/// then, for one ReLU hidden layer and λ = 0, an epoch is exactly an epoch of <see cref="MlpTrainer"/>.
/// </summary>
public static class MiniBatchTrainer
{
    /// <summary>Runs one epoch in place and returns the gradients of its last step (for showing ‖dW‖).</summary>
    public static DeepGradients Epoch(DeepMlp mlp, Dataset2D train, MiniBatchSettings settings, Random random)
    {
        settings.Validate();
        if (settings.BatchSize >= train.Count)
        {
            return Step(mlp, train, settings);
        }
        var order = Enumerable.Range(0, train.Count).ToArray();
        Dataset2D.Shuffle(order, random);
        DeepGradients? last = null;
        for (var start = 0; start < order.Length; start += settings.BatchSize)
        {
            var batch = train.Select(order.AsSpan(start, Math.Min(settings.BatchSize, order.Length - start))); // X: [B, 2]
            last = Step(mlp, batch, settings);
        }
        return last!;
    }

    /// <summary>One gradient step on <paramref name="batch"/>: forward, backward, W ← W − η·dW for every tensor.</summary>
    public static DeepGradients Step(DeepMlp mlp, Dataset2D batch, MiniBatchSettings settings)
    {
        var pass = mlp.Forward(batch.X);                                                  // forward
        var gradients = DeepBackpropagation.Backward(mlp, pass, batch.Targets, settings.L2); // backward
        var parameters = mlp.ParameterTensors;
        var grads = gradients.Tensors;
        for (var t = 0; t < parameters.Count; t++)                                        // update
        {
            var w = parameters[t].Values;
            var dw = grads[t].Values;
            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= settings.LearningRate * dw[i];
            }
        }
        return gradients;
    }

    /// <summary>The data loss (binary cross-entropy, without the L2 penalty) and the accuracy on <paramref name="data"/>.</summary>
    public static (double Loss, double Accuracy) Measure(DeepMlp mlp, Dataset2D data)
    {
        var pass = mlp.Forward(data.X);
        return (BinaryCrossEntropy.FromLogits(pass.Logits.Data, data.Targets.Data), Accuracy.Of(pass.Y.Data, data.Labels));
    }
}
