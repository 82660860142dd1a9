using NnLesson.Core;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// A data set of the user's photos, read from folders. Two layouts:
/// <code>
/// DATA/ants/*.jpg  DATA/bees/*.jpg                      one folder per class (split into train/validation by seed)
/// DATA/train/ants/…  DATA/train/bees/…  DATA/val/ants/…   the PyTorch tutorial's layout (val/ optional)
/// </code>
/// Class names are the folder names, sorted (ordinal), so class indices do not depend on the file system.
/// Every non-hidden file directly inside a class folder is a candidate photo (sorted by name); whether it
/// is one is the image loader's decision later, so a mislabelled or broken file is listed, not silently ignored.
/// </summary>
public sealed record PhotoFolders(string Root, IReadOnlyList<string> Classes, IReadOnlyList<LabelledPhoto> Photos, bool HasValidationFolder)
{
    /// <summary>More classes than this is not a lesson but a benchmark; refused.</summary>
    public const int MaxClasses = 100;

    public const string TrainFolder = "train";
    public static readonly IReadOnlyList<string> ValidationFolders = ["val", "validation"];

    /// <exception cref="LessonException">Missing folder, no class folders, one class only, an empty class, more than <see cref="MaxClasses"/>.</exception>
    public static PhotoFolders Scan(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new LessonException(
                "Папку з даними не вказано: вкажіть папку, де для кожного класу є підпапка з фото.",
                "No data folder was given: pass a folder with one subfolder of photos per class.");
        }
        if (File.Exists(root))
        {
            throw new LessonException(
                $"«{root}» — це файл; вкажіть папку, де для кожного класу є підпапка з фото.",
                $"'{root}' is a file; pass a folder with one subfolder of photos per class.");
        }
        if (!Directory.Exists(root))
        {
            throw new LessonException($"Папку з даними «{root}» не знайдено.", $"Data folder '{root}' was not found.");
        }
        var full = Path.GetFullPath(root);
        var train = Path.Combine(full, TrainFolder);
        if (Directory.Exists(train))
        {
            var classes = ClassFolders(train, root);
            var photos = ListPhotos(train, classes, PhotoSubset.Train);
            var validation = ValidationFolders.Select(v => Path.Combine(full, v)).FirstOrDefault(Directory.Exists);
            if (validation is not null)
            {
                var extra = SubFolders(validation).Where(c => !classes.Contains(c, StringComparer.Ordinal)).ToList();
                if (extra.Count > 0)
                {
                    throw new LessonException(
                        $"«{Path.Combine(root, Path.GetFileName(validation), extra[0])}» — валідаційний клас без навчальної папки в «{Path.Combine(root, TrainFolder)}».",
                        $"'{Path.Combine(root, Path.GetFileName(validation), extra[0])}' is a validation class with no training folder in '{Path.Combine(root, TrainFolder)}'.");
                }
                photos.AddRange(ListPhotos(validation, classes, PhotoSubset.Validation, required: false));
            }
            return new PhotoFolders(full, classes, photos, validation is not null);
        }
        var flatClasses = ClassFolders(full, root);
        return new PhotoFolders(full, flatClasses, ListPhotos(full, flatClasses, PhotoSubset.Unassigned), false);
    }

    private static List<string> SubFolders(string folder) =>
        [.. Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal)];

    private static List<string> ClassFolders(string folder, string shownRoot)
    {
        var classes = SubFolders(folder);
        if (classes.Count == 0)
        {
            throw new LessonException(
                $"У «{shownRoot}» немає папок класів: покладіть фото кожного класу в окрему підпапку (наприклад, {shownRoot}/cats, {shownRoot}/dogs).",
                $"'{shownRoot}' has no class folders: put each class's photos in its own subfolder (e.g. {shownRoot}/cats, {shownRoot}/dogs).");
        }
        if (classes.Count == 1)
        {
            throw new LessonException(
                $"У «{shownRoot}» лише один клас («{classes[0]}»); класифікатору потрібно щонайменше дві папки класів.",
                $"'{shownRoot}' has one class only ('{classes[0]}'); a classifier needs at least two class folders.");
        }
        if (classes.Count > MaxClasses)
        {
            throw new LessonException(
                $"У «{shownRoot}» папок класів: {classes.Count}; підтримується щонайбільше {MaxClasses}.",
                $"'{shownRoot}' has {classes.Count} class folders; at most {MaxClasses} are supported.");
        }
        return classes;
    }

    private static List<LabelledPhoto> ListPhotos(string folder, IReadOnlyList<string> classes, PhotoSubset subset, bool required = true)
    {
        var photos = new List<LabelledPhoto>();
        for (var c = 0; c < classes.Count; c++)
        {
            var classFolder = Path.Combine(folder, classes[c]);
            if (!Directory.Exists(classFolder))
            {
                continue;
            }
            var files = Directory.EnumerateFiles(classFolder)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0 && required)
            {
                throw new LessonException(
                    $"У класі «{classes[c]}» немає фото: папка «{classFolder}» порожня.",
                    $"Class '{classes[c]}' has no photos: '{classFolder}' is empty.");
            }
            photos.AddRange(files.Select(f => new LabelledPhoto(f, c, subset)));
        }
        return photos;
    }
}
