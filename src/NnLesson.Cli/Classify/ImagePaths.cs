using NnLesson.Figures;

namespace NnLesson.Cli.Classify;

/// <summary>
/// Turns the PATH arguments of `classify` into image files. A file is taken as given (the loader judges
/// whether it is an image, so a mislabelled file gets a clear error). A folder contributes the image files
/// directly inside it — by extension, <b>not recursively</b> (a folder of photos for one lesson, not a photo
/// library; subfolders are easy to pass explicitly) — sorted by name (ordinal), so runs are reproducible.
/// The same file named twice is classified once.
/// </summary>
internal static class ImagePaths
{
    /// <summary>Extensions taken from folders (case-insensitive): the formats ImageLoader reads.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif"];

    public static ExpandedPaths Expand(IEnumerable<string> arguments, Lang lang = Lang.En)
    {
        var images = new List<string>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var inFolder = Directory.EnumerateFiles(argument)
                    .Where(IsImageName)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    problems.Add(lang.Text($"У папці «{argument}» немає фото ({string.Join(", ", Extensions)}); підпапки не переглядаються.",
                        $"Folder '{argument}' has no image files ({string.Join(", ", Extensions)}); subfolders are not searched."));
                }
                images.AddRange(inFolder.Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else if (File.Exists(argument))
            {
                if (seen.Add(Path.GetFullPath(argument)))
                {
                    images.Add(argument);
                }
            }
            else
            {
                problems.Add(lang.Text($"Фото «{argument}» не знайдено.", $"Image '{argument}' was not found."));
            }
        }
        return new ExpandedPaths(images, problems);
    }

    public static bool IsImageName(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}

/// <summary>The image files to classify, in order, and one message per argument that gave none.</summary>
internal sealed record ExpandedPaths(IReadOnlyList<string> Images, IReadOnlyList<string> Problems);
