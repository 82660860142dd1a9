using NnLesson.Vision.Models;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// Where <c>nnlesson all</c> looks for a data set to teach, first match wins: <c>$NNLESSON_DATA</c>, the
/// repository's git-ignored <c>datasets/hymenoptera</c>, then <c>../shared/datasets/hymenoptera</c> beside the
/// repository root (the lecture team's shared folder). <c>nnlesson teach DATA</c> takes any folder.
/// </summary>
public static class DataSetLocator
{
    public const string EnvironmentVariable = "NNLESSON_DATA";

    /// <summary>The PyTorch tutorial's ants-and-bees set, the one to download when none is found.</summary>
    public const string DownloadUrl = "https://download.pytorch.org/tutorial/hymenoptera_data.zip";

    /// <summary>The places searched, in order, as (folder or null, how to name it).</summary>
    public static IReadOnlyList<(string? Folder, string Source)> Candidates()
    {
        var root = RepoLocator.FindRepoRoot();
        return
        [
            (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : null, $"${EnvironmentVariable}"),
            (root is null ? null : Path.Combine(root, "datasets", "hymenoptera"), "datasets/hymenoptera"),
            (root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "datasets", "hymenoptera")), "../shared/datasets/hymenoptera"),
        ];
    }

    /// <summary>The first candidate folder that exists, or null.</summary>
    public static (string Folder, string Source)? Find()
    {
        foreach (var (folder, source) in Candidates())
        {
            if (folder is not null && Directory.Exists(folder))
            {
                return (folder, source);
            }
        }
        return null;
    }

    /// <summary>"$NNLESSON_DATA, datasets/hymenoptera, ../shared/datasets/hymenoptera" for messages.</summary>
    public static string SearchedPlaces => string.Join(", ", Candidates().Select(c => c.Source));
}
