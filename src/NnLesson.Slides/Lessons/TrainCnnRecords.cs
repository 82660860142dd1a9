using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Training;
using NnLesson.Figures.TrainCnn;

namespace NnLesson.Slides.Lessons;

/// <summary>One epoch: the mean training loss and accuracy over its batches, the test loss and accuracy after it, its seconds.</summary>
public sealed record CnnEpoch(int Epoch, double TrainLoss, double TrainAccuracy, double TestLoss, double TestAccuracy, double Seconds);

/// <summary>
/// Everything <c>train-cnn</c> computed: the data, the network before and after, the gradient check, the epochs, the test
/// predictions, and what the figures draw (made here, so no figure does any math).
/// </summary>
public sealed record TrainCnnResult(
    TrainCnnOptions Options,
    int Seed,
    string DataFolder,
    int TrainCount,
    int TestCount,
    CnnClassNames Names,
    CnnArchitecture Architecture,
    int Threads,
    string MicroKernel,
    GradientCheckResult GradientCheck,
    int GradientCheckImages,
    CnnEpoch Before,
    IReadOnlyList<CnnEpoch> Epochs,
    CnnWeights Trained,
    (float Mean, float Std) Normalisation,
    int[,] Confusion,
    CnnFiltersData Filters,
    CnnFilterFramesData FilterFrames,
    CnnMistakesData Mistakes,
    CnnMapsData Maps)
{
    public CnnEpoch Final => Epochs[^1];
}

/// <summary>
/// manifest.json's <c>metrics.train_cnn</c>: test_accuracy (final), gradient_check_max_relative_error, epoch_seconds (per
/// epoch), and beside them the losses and accuracies per epoch, the counts, the threads and the GEMM kernel of this run.
/// </summary>
public sealed record TrainCnnMetrics(
    double TestAccuracy,
    double GradientCheckMaxRelativeError,
    double[] EpochSeconds,
    double[] TrainLoss,
    double[] TrainAccuracy,
    double[] TestLoss,
    double[] TestAccuracyPerEpoch,
    int TrainCount,
    int TestCount,
    int Classes,
    int Parameters,
    int Threads,
    string MicroKernel,
    string Network);

/// <summary>manifest.json's <c>parameters.train_cnn</c> (also in cnn.json).</summary>
public sealed record TrainCnnParameters(string Data, int Epochs, double LearningRate, string Schedule, double Momentum, int Batch, int[] Channels,
    int Hidden, int? Limit, int? TestLimit, bool MirrorAugmentation, bool Short, int Seed);
