using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Classification;

namespace NnLesson.Vision.Models;

/// <summary>
/// Decides which pretrained model slide 6, slide 8 and <c>classify</c> use. First match wins:
/// <list type="number">
/// <item><c>--model PATH</c> (must exist: a typo is an error, never a silent fallback);</item>
/// <item>the <c>NNLESSON_MODEL</c> environment variable (must exist too);</item>
/// <item>the repository's git-ignored <c>models/</c> folder (where <c>nnlesson model download</c> puts files);</item>
/// <item><c>../shared/models</c> beside the repository root (the lecture team's shared folder).</item>
/// </list>
/// In a folder the first <c>*.onnx</c> by name is taken, a <c>resnet18*</c> file first (the lecture's model).
/// No model anywhere → null: callers run the <see cref="ColorFallbackClassifier"/> and say so.
/// Labels: <c>--labels PATH</c>, else a labels file beside the model (<see cref="ImageNetLabels.FileNames"/>).
/// </summary>
public static class ModelResolver
{
    public const string EnvironmentVariable = "NNLESSON_MODEL";

    public const string FromOption = "--model";
    public const string FromEnvironment = EnvironmentVariable;
    public const string FromRepoModels = "models/";
    public const string FromSharedModels = "../shared/models";

    /// <summary>The model family the lecture uses; preferred when a folder holds several models.</summary>
    public const string PreferredPrefix = "resnet18";

    /// <summary>Resolves with this process's environment and repository (see the class summary for the order).</summary>
    public static ModelLocation? Resolve(string? explicitModelPath, string? explicitLabelsPath = null) =>
        Resolve(explicitModelPath, explicitLabelsPath, Environment.GetEnvironmentVariable(EnvironmentVariable), RepoLocator.FindRepoRoot());

    /// <summary>
    /// The same rules with the environment variable's value and the repository root passed in
    /// (tests use temporary folders; null means "not set" / "no repository").
    /// </summary>
    public static ModelLocation? Resolve(string? explicitModelPath, string? explicitLabelsPath, string? environmentValue, string? repoRoot)
    {
        if (!string.IsNullOrWhiteSpace(explicitLabelsPath))
        {
            RequireFile(explicitLabelsPath, "--labels", "labels file");
        }
        if (!string.IsNullOrWhiteSpace(explicitModelPath))
        {
            return Locate(RequireFile(explicitModelPath, FromOption, "model"), explicitLabelsPath, FromOption);
        }
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return Locate(RequireFile(environmentValue, FromEnvironment, "model"), explicitLabelsPath, FromEnvironment);
        }
        if (repoRoot is not null)
        {
            foreach (var (folder, source) in SearchFolders(repoRoot))
            {
                if (PickModel(folder) is { } found)
                {
                    return Locate(found, explicitLabelsPath, source);
                }
            }
        }
        return null;
    }

    /// <summary>The folders searched after --model and NNLESSON_MODEL, in order, each with the rule it stands for.</summary>
    public static IReadOnlyList<(string Folder, string Source)> SearchFolders(string repoRoot) =>
    [
        (Path.GetFullPath(Path.Combine(repoRoot, "models")), FromRepoModels),
        (Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "models")), FromSharedModels),
    ];

    /// <summary>
    /// The lecture's ResNet-18 backbone (<see cref="ResNet18Package"/>, from the NuGet folder), or null when restore has
    /// not fetched it. Only for the from-scratch engine (slide 7, slide 8's feature maps): it has no 1000-class head,
    /// so <see cref="Resolve(string?, string?)"/> never returns it for classification.
    /// </summary>
    public static ResNet18Package? ResolveBackbone() => ResNet18Package.Find();

    /// <summary>The ONNX classifier for <paramref name="location"/>, or the colour fallback when it is null.</summary>
    public static IImageClassifier CreateClassifier(ModelLocation? location) =>
        location is null ? new ColorFallbackClassifier() : OnnxImageClassifier.Open(location.ModelPath, location.LabelsPath);

    /// <summary>The model a folder offers: <c>resnet18*.onnx</c> first, then the first <c>*.onnx</c> by ordinal name; null if none.</summary>
    public static string? PickModel(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }
        return Directory.EnumerateFiles(folder)
            .Where(f => string.Equals(Path.GetExtension(f), ".onnx", StringComparison.OrdinalIgnoreCase))
            .Where(f => RegularFile.KindOf(f) == FileKind.Regular)
            .OrderBy(f => Path.GetFileName(f).StartsWith(PreferredPrefix, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(Path.GetFullPath)
            .FirstOrDefault();
    }

    private static ModelLocation Locate(string modelPath, string? explicitLabelsPath, string source) =>
        new(modelPath,
            string.IsNullOrWhiteSpace(explicitLabelsPath) ? ImageNetLabels.FindBeside(modelPath) : Path.GetFullPath(explicitLabelsPath),
            source);

    private static string RequireFile(string path, string source, string what)
    {
        if (Directory.Exists(path))
        {
            throw new LessonException($"{RegularFile.Ukrainian($"The {what} given by {source}")} «{path}» — це папка; вкажіть сам файл.", $"The {what} given by {source} ('{path}') is a folder; pass the file itself.");
        }
        if (!File.Exists(path))
        {
            throw new LessonException($"{RegularFile.Ukrainian($"The {what} given by {source}")} «{path}» не знайдено.", $"The {what} given by {source} ('{path}') was not found.");
        }
        // A FIFO or device would block or never end when the model or labels are read: refuse it before opening.
        RegularFile.Require(path, $"The {what} given by {source}");
        return Path.GetFullPath(path);
    }
}
