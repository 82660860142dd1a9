namespace NnLesson.Tests.Shared;

/// <summary>
/// Where tests find the repository and the team's shared data. The shared folder is <c>../shared</c>
/// beside the repository root, or the folder named by NNLESSON_SHARED.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("NNLESSON_SHARED") is { Length: > 0 } fromEnv
            ? Path.GetFullPath(fromEnv)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedModel => Path.Combine(Shared, "models", "mobilenetv2-12-int8.onnx");

    public static string SharedImage(string name) => Path.Combine(Shared, "images", name);

    /// <summary>A fresh empty folder under the system temp folder, for one test's outputs.</summary>
    public static string NewTempFolder(string prefix = "nnlesson-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NnLesson.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (NnLesson.slnx) above " + AppContext.BaseDirectory);
    }
}
