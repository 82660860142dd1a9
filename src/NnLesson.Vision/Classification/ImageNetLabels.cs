using System.Text.RegularExpressions;
using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Vision.Classification;

/// <summary>
/// The names of the 1000 ImageNet-1k classes, one per line in class-index order (line i = output i).
/// Two formats are read:
/// <list type="bullet">
/// <item><c>imagenet_classes.txt</c> (torchvision/PyTorch Hub): just the name, e.g. <c>tench</c>;</item>
/// <item><c>synset_words.txt</c> (Caffe): <c>n01440764 tench, Tinca tinca</c> → the first name, <c>tench</c>.</item>
/// </list>
/// Names repeat (<c>crane</c> is both 134, the bird, and 517, the machine), so always map by index.
/// </summary>
public static partial class ImageNetLabels
{
    public const int ClassCount = 1000;

    /// <summary>Label files looked for beside a model, in this order.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["imagenet_classes.txt", "synset_words.txt", "ilsvrc12_synset_words.txt"];

    /// <summary>The first of <see cref="FileNames"/> in the model's folder, or null.</summary>
    public static string? FindBeside(string modelPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        return FileNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>Reads the labels; the file must have exactly <paramref name="expected"/> non-empty lines (trailing blank lines are ignored).</summary>
    public static string[] Load(string path, int expected = ClassCount)
    {
        if (Directory.Exists(path))
        {
            throw new LessonException(
                $"Шлях до назв класів «{path}» — це папка, а не текстовий файл.",
                $"Labels path '{path}' is a folder, not a text file.");
        }
        if (!File.Exists(path))
        {
            throw new LessonException($"Файл назв класів «{path}» не знайдено.", $"Labels file '{path}' was not found.");
        }
        RegularFile.Require(path, "Labels file"); // a FIFO would block, /dev/zero never end
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException(
                $"Не вдалося прочитати файл назв класів «{path}»: {e.Message}",
                $"Cannot read labels file '{path}': {e.Message}", e);
        }
        var count = lines.Length;
        while (count > 0 && string.IsNullOrWhiteSpace(lines[count - 1]))
        {
            count--;
        }
        if (count != expected)
        {
            throw new LessonException(
                $"У файлі назв класів «{path}» рядків: {count}, а класів у моделі: {expected} (потрібна одна назва в рядку).",
                $"Labels file '{path}' has {count} lines; the model has {expected} classes (one name per line is needed).");
        }
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            var name = ParseLine(lines[i]);
            if (name.Length == 0)
            {
                throw new LessonException($"У файлі назв класів «{path}» рядок {i + 1} порожній.", $"Labels file '{path}' line {i + 1} is empty.");
            }
            labels[i] = name;
        }
        return labels;
    }

    /// <summary>"tench" → "tench"; "n01440764 tench, Tinca tinca" → "tench".</summary>
    public static string ParseLine(string line)
    {
        var trimmed = line.Trim();
        var synset = SynsetLine().Match(trimmed);
        return synset.Success ? synset.Groups["names"].Value.Split(',')[0].Trim() : trimmed;
    }

    [GeneratedRegex(@"^n\d{8}\s+(?<names>.+)$")]
    private static partial Regex SynsetLine();
}
