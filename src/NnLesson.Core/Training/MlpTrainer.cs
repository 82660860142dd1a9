using NnLesson.Core.Datasets;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// The readable training loop, full-batch gradient descent: every epoch runs
///   forward (Y = σ(f(X·W1 + b1)·W2 + b2)) → loss (binary cross-entropy) → backward (backpropagation)
///   → update (W ← W − η·dW)
/// on all training points at once. The validation points are only measured. <see cref="Fast.FastMlpTrainer"/>
/// does the same arithmetic without allocating; a test checks that both end with the same weights.
/// </summary>
public static class MlpTrainer
{
    /// <summary>
    /// Trains <paramref name="mlp"/> in place and returns the losses and accuracies before the first step
    /// and after every step. <paramref name="progress"/> hears about every finished step; <paramref name="snapshots"/>, if given, keeps copies of the weights at its epochs.
    /// </summary>
    public static TrainingHistory Train(TwoLayerMlp mlp, Dataset2D train, Dataset2D? validation, TrainingSettings settings,
        Action<EpochProgress>? progress = null, WeightSnapshots? snapshots = null)
    {
        settings.Validate();
        var targets = train.Targets;                       // T: [N, 1]
        var validationTargets = validation?.Targets;
        var history = new TrainingHistory(settings.Epochs, validation is not null);
        snapshots?.Offer(0, mlp);
        for (var epoch = 0; ; epoch++)
        {
            var pass = mlp.Forward(train.X);                                        // forward
            var loss = BinaryCrossEntropy.FromLogits(pass.Z2.Data, targets.Data);    // loss
            history.TrainLoss[epoch] = loss;
            history.TrainAccuracy[epoch] = Accuracy.Of(pass.Y.Data, train.Labels);
            if (validation is not null)
            {
                var validationPass = mlp.Forward(validation.X);
                history.ValidationLoss[epoch] = BinaryCrossEntropy.FromLogits(validationPass.Z2.Data, validationTargets!.Data);
                history.ValidationAccuracy[epoch] = Accuracy.Of(validationPass.Y.Data, validation.Labels);
            }
            if (epoch == settings.Epochs)
            {
                return history;
            }
            var gradients = Backpropagation.Backward(mlp, pass, targets);            // backward
            GradientDescent.Step(mlp, gradients, settings.LearningRate);            // update
            snapshots?.Offer(epoch + 1, mlp);
            progress?.Invoke(new EpochProgress(epoch + 1, settings.Epochs, loss));
        }
    }
}
