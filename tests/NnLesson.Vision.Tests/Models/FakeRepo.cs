namespace NnLesson.Vision.Tests.Models;

/// <summary>
/// A throw-away layout in a temp folder: <c>work/repo/NnLesson.slnx</c>, <c>work/repo/models/</c> and
/// <c>work/shared/models/</c>, to test the model search order without touching the real repository.
/// Model files only need to exist: resolution does not open them.
/// </summary>
public sealed class FakeRepo
{
    public FakeRepo()
    {
        var work = RepoPaths.NewTempFolder("nnlesson-resolve");
        Root = Path.Combine(work, "repo");
        RepoModels = Path.Combine(Root, "models");
        SharedModels = Path.Combine(work, "shared", "models");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "NnLesson.slnx"), "<Solution />");
    }

    public string Root { get; }

    public string RepoModels { get; }

    public string SharedModels { get; }

    /// <summary>Creates an (empty) file and its folder; returns the full path.</summary>
    public static string Touch(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "");
        return Path.GetFullPath(path);
    }
}
