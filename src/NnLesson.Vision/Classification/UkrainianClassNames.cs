using System.Text;

namespace NnLesson.Vision.Classification;

/// <summary>
/// Ukrainian names of the 1000 ImageNet-1k classes, for Ukrainian figures and console output.
/// Line i of the embedded <c>imagenet_classes_uk.txt</c> translates line i of the English list
/// <c>imagenet_classes.txt</c> (torchvision / PyTorch Hub, the list <see cref="ImageNetLabels"/> reads;
/// the same order as Caffe's <c>synset_words.txt</c>, whose synonyms and Latin names settled the
/// ambiguous ones). The mapping is by class index only, never by English name: the English list repeats
/// <c>crane</c> (134 the bird, 517 the machine) and <c>maillot</c> (638, 639), the Ukrainian does not
/// (журавель / підіймальний кран, трико / суцільний купальник).
/// </summary>
public static class UkrainianClassNames
{
    /// <summary>Manifest resource name (LogicalName in NnLesson.Vision.csproj).</summary>
    public const string ResourceName = "NnLesson.Vision.Classification.imagenet_classes_uk.txt";

    private static readonly Lazy<IReadOnlyList<string>> Names = new(Read);

    /// <summary>The 1000 names, index order (name[i] is the Ukrainian for model output i); read once and cached.</summary>
    public static IReadOnlyList<string> Load() => Names.Value;

    /// <summary>The Ukrainian name of class <paramref name="index"/>, or null outside 0..999.</summary>
    public static string? For(int index)
    {
        var names = Names.Value;
        return index >= 0 && index < names.Count ? names[index] : null;
    }

    private static IReadOnlyList<string> Read()
    {
        using var stream = typeof(UkrainianClassNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(UkrainianClassNames).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        // One name per LF-terminated line; a final newline (or none) is both fine.
        var lines = reader.ReadToEnd().Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        if (lines.Count != ImageNetLabels.ClassCount)
        {
            throw new InvalidOperationException($"{ResourceName} has {lines.Count} lines; ImageNet has {ImageNetLabels.ClassCount} classes.");
        }
        return lines.AsReadOnly();
    }
}
