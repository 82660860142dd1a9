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

    /// <summary>
    /// The repository's own photo (data/sample.jpg, the CC0 cat "chelsea", see data/README.md): for tests that need
    /// any real photo, so that they run on a fresh clone without ../shared.
    /// </summary>
    public static string SamplePhoto => Path.Combine(Root, "data", "sample.jpg");

    /// <summary>
    /// One folder per test process under the system temp folder; every <see cref="NewTempFolder"/> lives
    /// inside it, and it is deleted when the process exits, so test runs leave no figures behind.
    /// </summary>
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"nnlesson-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a file still open at exit leaves the folder for the OS to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return path;
    });

    /// <summary>A fresh empty folder for one test's outputs.</summary>
    public static string NewTempFolder(string prefix = "nnlesson-test")
    {
        var path = Path.Combine(RunFolder.Value, $"{prefix}-{Guid.NewGuid():N}");
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
