using NnLesson.Core;

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

    /// <summary><paramref name="imagePath"/> as given, else <see cref="SamplePhoto"/> in the repository.</summary>
    /// <exception cref="LessonException">No path given and no repository found.</exception>
    public static string PhotoOrSample(string? imagePath)
    {
        if (!string.IsNullOrWhiteSpace(imagePath))
        {
            return imagePath;
        }
        var root = FindRepoRoot()
            ?? throw new LessonException($"No photo given and no repository found for the default {SamplePhoto}: pass --image PATH.");
        return Path.Combine(root, SamplePhoto);
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
