namespace NnLesson.Tests.Shared;

/// <summary>
/// Whether Fashion-MNIST is installed where Debian's <c>dataset-fashion-mnist</c> puts it (CI installs the package). A
/// laptop without it reports the tests that train on the real set as skipped with <see cref="MissingReason"/>.
/// </summary>
public static class NeedsFashionMnist
{
    public const string Folder = "/usr/share/datasets/fashion-mnist";

    public static readonly string[] Files =
        ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>Null when the four files are there; else one line naming the first missing one and how to get it.</summary>
    public static string? MissingReason { get; } = Files.FirstOrDefault(f => !File.Exists(Path.Combine(Folder, f))) is { } missing
        ? $"needs Fashion-MNIST: {Path.Combine(Folder, missing)} is missing (sudo apt-get install dataset-fashion-mnist)"
        : null;
}

/// <summary>A fact that trains or reads the real Fashion-MNIST: skipped with the reason when it is not installed.</summary>
public sealed class FashionMnistFactAttribute : FactAttribute
{
    public FashionMnistFactAttribute() => Skip = NeedsFashionMnist.MissingReason;
}
