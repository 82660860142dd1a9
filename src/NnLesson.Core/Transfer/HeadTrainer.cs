using NnLesson.Core.Training;

namespace NnLesson.Core.Transfer;

/// <summary>Settings of <see cref="HeadTrainer"/>: gradient steps, learning rate η, L2 strength λ.</summary>
public sealed record HeadTrainingSettings(int Epochs, double LearningRate, double L2);

/// <summary>Reported after each epoch: the step number and the training loss it started from.</summary>
public readonly record struct HeadEpoch(int Epoch, int Epochs, double TrainLoss);

/// <summary>
/// Full-batch gradient descent for the <see cref="SoftmaxHead"/>, the loop of slide 5 with a softmax
/// instead of a sigmoid: forward on every training sample → cross-entropy (+ L2) → dW, db →
/// W ← W − η·dW, b ← b − η·db. Validation samples are only measured, never learned from.
/// History entry 0 is the untrained head, entry e the head after e steps (losses are mean cross-entropy,
/// without the L2 term, so training and validation curves are comparable).
/// </summary>
public static class HeadTrainer
{
    public static TrainingHistory Train(SoftmaxHead head, double[][] trainX, int[] trainT, double[][]? validationX, int[]? validationT,
        HeadTrainingSettings settings, Action<HeadEpoch>? onEpoch = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Epochs, 1);
        var hasValidation = validationX is { Length: > 0 } && validationT is not null;
        var history = new TrainingHistory(settings.Epochs, hasValidation);
        for (var epoch = 0; epoch <= settings.Epochs; epoch++)
        {
            var gradients = head.Backward(trainX, trainT, settings.L2);
            history.TrainLoss[epoch] = gradients.Loss - head.L2Penalty(settings.L2);
            history.TrainAccuracy[epoch] = gradients.Accuracy;
            if (hasValidation)
            {
                (history.ValidationLoss[epoch], history.ValidationAccuracy[epoch]) = head.Evaluate(validationX!, validationT!);
            }
            if (epoch == settings.Epochs)
            {
                break; // the last entry measures the trained head; no step after it
            }
            head.Step(gradients, settings.LearningRate);
            onEpoch?.Invoke(new HeadEpoch(epoch + 1, settings.Epochs, history.TrainLoss[epoch]));
        }
        return history;
    }
}
