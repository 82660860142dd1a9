using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// The data and the untrained network of one training experiment, all drawn from one seed in a fixed
/// order (points, then the train/validation split, then the weights), so the slide, its tests and the
/// benchmark start from exactly the same place.
/// </summary>
public sealed record TrainingSetup(DatasetSplit Data, TwoLayerMlp Network)
{
    /// <summary>The share of points kept aside for validation (80/20 split).</summary>
    public const double ValidationFraction = 0.2;

    public static TrainingSetup Create(DatasetKind kind, int samples, double noise, int hidden, int seed, IActivation? hiddenActivation = null)
    {
        var random = new Random(seed);
        var points = ToyDatasets.Create(kind, samples, noise, random);
        var split = points.Split(ValidationFraction, random);
        var mlp = TwoLayerMlp.CreateRandom(2, hidden, random, hiddenActivation ?? Relu.Instance);
        return new TrainingSetup(split, mlp);
    }
}
