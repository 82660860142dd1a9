using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

namespace NnLesson.Benchmarks;

/// <summary>The photos the vision benchmarks run on, named relative to the repository root.</summary>
public static class BenchPhotos
{
    /// <summary>The repository's 451×300 sample and the team's shared 1546×1213 Samoyed.</summary>
    public const string Sample = "data/sample.jpg", Samoyed = "../shared/images/samoyed_pytorch-hub_dog.jpg";

    /// <summary>The photo's full path and its decoded pixels [H, W, 3].</summary>
    public static (string Path, RgbImage Photo) Load(string relativeToRoot)
    {
        var root = RepoLocator.FindRepoRoot() ?? throw new InvalidOperationException("Run from inside the repository.");
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relativeToRoot));
        return (path, ImageLoader.Load(path));
    }
}
