namespace NnLesson.Core.Datasets;

/// <summary>One entry point for the four 2-D problems of the training demo.</summary>
public static class ToyDatasets
{
    /// <summary>
    /// <paramref name="samples"/> points (balanced classes) of the chosen problem with Gaussian noise of
    /// standard deviation <paramref name="noise"/>. Same <paramref name="random"/> seed → identical points.
    /// </summary>
    public static Dataset2D Create(DatasetKind kind, int samples, double noise, Random random) => kind switch
    {
        DatasetKind.Moons => TwoMoons.Generate(samples, noise, random),
        DatasetKind.Circles => ConcentricCircles.Generate(samples, noise, random),
        DatasetKind.Xor => XorBlobs.Generate(samples, noise, random),
        DatasetKind.Spiral => TwoSpirals.Generate(samples, noise, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dataset."),
    };

    /// <summary>The lower-case name used on the command line and in the manifest: moons, circles, xor, spiral.</summary>
    public static string Name(DatasetKind kind) => kind.ToString().ToLowerInvariant();
}
