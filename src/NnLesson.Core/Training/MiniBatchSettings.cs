namespace NnLesson.Core.Training;

/// <summary>
/// One epoch's settings for <see cref="MiniBatchTrainer"/>: step size η, points per gradient step (a batch at
/// least as large as the training set means full-batch gradient descent), and λ of the L2 penalty (λ/2)·Σ‖W‖².
/// </summary>
public sealed record MiniBatchSettings(double LearningRate, int BatchSize, double L2)
{
    public void Validate()
    {
        if (!double.IsFinite(LearningRate) || LearningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be a positive finite number.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        if (!double.IsFinite(L2) || L2 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L2), L2, "λ must be zero or a positive finite number.");
        }
    }
}
