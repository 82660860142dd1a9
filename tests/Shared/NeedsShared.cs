namespace NnLesson.Tests.Shared;

/// <summary>
/// Whether the team's shared data is here: the models, photos and data set that some tests read from
/// <c>../shared</c> (or the folder named by NNLESSON_SHARED). A fresh clone has none of it; those tests are then
/// reported as skipped with <see cref="MissingReason"/>, never failed and never passed.
/// </summary>
public static class NeedsShared
{
    /// <summary>What the tests read from the shared folder, relative to it.</summary>
    public static readonly string[] Items =
    [
        "models/mobilenetv2-12-int8.onnx",
        "models/imagenet_classes.txt",
        "images/banana_0.jpg",
        "images/samoyed_pytorch-hub_dog.jpg",
        "images/cc0/chelsea.png",
        "datasets/hymenoptera/train",
        "datasets/hymenoptera/val",
    ];

    /// <summary>Null when every item is present; else one line naming the folder and the first missing item.</summary>
    public static string? MissingReason { get; } = FindMissing(RepoPaths.Shared);

    internal static string? FindMissing(string sharedFolder)
    {
        var missing = Items.FirstOrDefault(item =>
        {
            var path = Path.Combine(sharedFolder, item);
            return !File.Exists(path) && !Directory.Exists(path);
        });
        return missing is null
            ? null
            : $"needs the team's shared data: {Path.Combine(sharedFolder, missing)} is missing " +
              "(put the shared folder beside the repository as ../shared, or name it in NNLESSON_SHARED)";
    }
}

/// <summary>A fact that reads <c>../shared</c>: skipped with the reason when it is missing.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute() => Skip = NeedsShared.MissingReason;
}

/// <summary>A theory that reads <c>../shared</c> (its data too): skipped with the reason when it is missing.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute() => Skip = NeedsShared.MissingReason;
}
