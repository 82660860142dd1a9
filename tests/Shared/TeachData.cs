namespace NnLesson.Tests.Shared;

/// <summary>The ants-and-bees data set of PyTorch's transfer-learning tutorial in the shared folder, and small copies of it for tests.</summary>
public static class TeachData
{
    public static string Hymenoptera => Path.Combine(RepoPaths.Shared, "datasets", "hymenoptera");

    /// <summary>
    /// A fresh data set in a temporary folder: <paramref name="perClass"/> real photos of each class copied from
    /// the shared set's train/ folders, in the flat layout (DATA/ants, DATA/bees), file names sorted.
    /// </summary>
    public static string SmallCopy(int perClass, string? into = null)
    {
        var root = into ?? RepoPaths.NewTempFolder("teach-data");
        foreach (var cls in new[] { "ants", "bees" })
        {
            var target = Path.Combine(root, cls);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(Path.Combine(Hymenoptera, "train", cls), "*.jpg").Order(StringComparer.Ordinal).Take(perClass))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
        return root;
    }
}
