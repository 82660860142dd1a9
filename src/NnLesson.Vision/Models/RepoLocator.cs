namespace NnLesson.Vision.Models;

/// <summary>
/// Finds the repository root (the folder holding NnLesson.slnx), where <c>data/sample.jpg</c> and the
/// git-ignored <c>models/</c> folder live. It walks up from the current folder first (a student running
/// <c>dotnet run</c> inside the clone), then from the program's own folder (bin/Debug/net10.0 inside the clone).
/// </summary>
public static class RepoLocator
{
    public const string Marker = "NnLesson.slnx";

    /// <summary>The photo slides 6 and 8 use when no --image is given, relative to the root (a CC0 cat, see data/README.md).</summary>
    public const string SamplePhoto = "data/sample.jpg";

    /// <summary>
    /// <paramref name="imagePath"/> as given, else <see cref="SamplePhoto"/> in the repository, else (an installed
    /// tool, any other folder) the same photo extracted from the program itself (<see cref="Images.EmbeddedSample"/>).
    /// </summary>
    public static string PhotoOrSample(string? imagePath) => PhotoOrSample(imagePath, FindRepoRoot());

    /// <summary>As <see cref="PhotoOrSample(string?)"/> with the repository root given (null: no repository).</summary>
    public static string PhotoOrSample(string? imagePath, string? repoRoot)
    {
        if (!string.IsNullOrWhiteSpace(imagePath))
        {
            return imagePath;
        }
        if (repoRoot is not null && File.Exists(Path.Combine(repoRoot, SamplePhoto)))
        {
            return Path.Combine(repoRoot, SamplePhoto);
        }
        return Images.EmbeddedSample.Extract();
    }

    /// <summary>The repository root, or null when neither walk finds <see cref="Marker"/> (e.g. an installed tool).</summary>
    public static string? FindRepoRoot() =>
        FindRepoRoot(Environment.CurrentDirectory) ?? FindRepoRoot(AppContext.BaseDirectory);

    /// <summary>The first folder at or above <paramref name="start"/> that holds <see cref="Marker"/>, or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
