namespace NnLesson.Core.Datasets;

/// <summary>The 2-D toy problems for training demos, all binary (labels 0 and 1).</summary>
public enum DatasetKind
{
    /// <summary>Two interleaving half circles (scikit-learn's make_moons).</summary>
    Moons,

    /// <summary>A small circle inside a larger one (make_circles).</summary>
    Circles,

    /// <summary>Four Gaussian blobs at the corners; opposite corners share a class.</summary>
    Xor,

    /// <summary>Two interleaved spiral arms, the hardest of the four.</summary>
    Spiral,
}
