namespace NnLesson.Core.Training;

/// <summary>
/// What training measured, indexed by the number of gradient steps taken: entry 0 is the freshly
/// initialised network, entry e the network after e steps, so every array has Epochs + 1 entries.
/// Validation arrays are empty when training ran without a validation set.
/// </summary>
public sealed class TrainingHistory
{
    public TrainingHistory(int epochs, bool hasValidation)
    {
        Epochs = epochs;
        TrainLoss = new double[epochs + 1];
        TrainAccuracy = new double[epochs + 1];
        ValidationLoss = hasValidation ? new double[epochs + 1] : [];
        ValidationAccuracy = hasValidation ? new double[epochs + 1] : [];
    }

    public int Epochs { get; }

    /// <summary>Binary cross-entropy on the training points: [Epochs + 1].</summary>
    public double[] TrainLoss { get; }

    /// <summary>Binary cross-entropy on the validation points: [Epochs + 1] (or empty).</summary>
    public double[] ValidationLoss { get; }

    public double[] TrainAccuracy { get; }

    public double[] ValidationAccuracy { get; }

    public bool HasValidation => ValidationLoss.Length > 0;

    public double FinalTrainLoss => TrainLoss[^1];

    public double FinalTrainAccuracy => TrainAccuracy[^1];

    public double FinalValidationLoss => HasValidation ? ValidationLoss[^1] : double.NaN;

    public double FinalValidationAccuracy => HasValidation ? ValidationAccuracy[^1] : double.NaN;
}
