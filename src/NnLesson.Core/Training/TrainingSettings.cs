namespace NnLesson.Core.Training;

/// <summary>How long and how fast to train: <see cref="Epochs"/> full-batch steps of size η = <see cref="LearningRate"/>.</summary>
public sealed record TrainingSettings(int Epochs, double LearningRate)
{
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        if (!double.IsFinite(LearningRate) || LearningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be a positive finite number.");
        }
    }
}

/// <summary>Reported after every gradient step: <see cref="Epoch"/> of <see cref="Epochs"/> done, the training loss just measured.</summary>
public readonly record struct EpochProgress(int Epoch, int Epochs, double TrainLoss);
