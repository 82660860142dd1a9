using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Everything the training demo computed: its options, the data and initial network, the gradient check (on
/// <see cref="CheckPoints"/> training points), the trained network, its history and the wall-clock training time
/// (reported on the console, never written to the manifest, so the manifest stays reproducible).
/// </summary>
public sealed record Slide5TrainResult(
    Slide5TrainOptions Options,
    TrainingSetup Setup,
    int CheckPoints,
    GradientCheckResult GradientCheck,
    TwoLayerMlp Trained,
    TrainingHistory History,
    TimeSpan TrainingTime)
{
    /// <summary>The network at the epochs of the training animation (0 … Epochs), taken while training ran.</summary>
    public WeightSnapshots? Snapshots { get; init; }
}

/// <summary>
/// manifest.json's <c>metrics.slide5-train</c>: final_loss, train_accuracy, validation_accuracy,
/// gradient_check_max_relative_error, epochs, initial_loss, validation_loss, gradient_check_per_tensor {W1, b1, W2, b2},
/// train_points, validation_points.
/// </summary>
public sealed record Slide5TrainMetrics(
    double FinalLoss,
    double TrainAccuracy,
    double ValidationAccuracy,
    double GradientCheckMaxRelativeError,
    int Epochs,
    double InitialLoss,
    double ValidationLoss,
    IReadOnlyDictionary<string, double> GradientCheckPerTensor,
    int TrainPoints,
    int ValidationPoints);

/// <summary>manifest.json's <c>parameters.slide5-train</c>: epochs, learning_rate, hidden, samples, noise, dataset.</summary>
public sealed record Slide5TrainParameters(int Epochs, double LearningRate, int Hidden, int Samples, double Noise, string Dataset);
