using NnLesson.Vision.Models;

namespace NnLesson.Vision.Datasets;

/// <summary>
/// Where Fashion-MNIST is looked for (Zalando Research, MIT; 60 000 + 10 000 grey 28×28 images of 10 kinds of clothing):
/// Debian's package <c>dataset-fashion-mnist</c> puts it in <see cref="DebianFolder"/>; <c>nnlesson data download
/// fashion-mnist</c> puts it in <see cref="DownloadFolder"/>. Its class names, in the dataset's order, in both languages.
/// </summary>
public static class FashionMnist
{
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    public static readonly IReadOnlyList<string> NamesUk =
        ["футболка/топ", "штани", "светр", "сукня", "пальто", "сандалі", "сорочка", "кросівки", "сумка", "черевики"];

    public static readonly IReadOnlyList<string> NamesEn =
        ["T-shirt/top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot"];

    /// <summary>The user's data folder for downloads: ~/.local/share/nnlesson/datasets/fashion-mnist (Windows: %LOCALAPPDATA%\nnlesson\…).</summary>
    public static string DownloadFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "nnlesson", "datasets", "fashion-mnist");

    /// <summary>The places searched, in order: Debian's folder, the download folder, datasets/fashion-mnist in the repository.</summary>
    public static IReadOnlyList<string> SearchedFolders()
    {
        var folders = new List<string> { DebianFolder, DownloadFolder };
        if (RepoLocator.FindRepoRoot() is { } repo)
        {
            folders.Add(Path.Combine(repo, "datasets", "fashion-mnist"));
        }
        return folders;
    }

    /// <summary>The first searched folder that holds the four files, or null.</summary>
    public static string? Find() => SearchedFolders().FirstOrDefault(IdxDataSet.Has);

    /// <summary>Whether a folder's name says it is Fashion-MNIST (then its classes get the names above when it has no labels file).</summary>
    public static bool IsFashionFolder(string folder) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)).Contains("fashion", StringComparison.OrdinalIgnoreCase);
}
