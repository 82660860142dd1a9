using NnLesson.Figures;
using NnLesson.Vision.Classification;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// An ImageNet class as the console writes it: in a Ukrainian run the Ukrainian name with the English one after it
/// ("єгипетська кішка (Egyptian cat)"), in an English run the English name. Only a 1000-class list is ImageNet's;
/// any other labels (the colour fallback, a custom model) stay as given.
/// </summary>
public static class ClassLabels
{
    public static string Console(int index, string label, int classCount, Lang lang) =>
        Ukrainian(index, classCount, lang) is { } uk ? $"{uk} ({label})" : label;

    /// <summary>The Ukrainian name of class <paramref name="index"/> in a Ukrainian run of an ImageNet model, else null.</summary>
    public static string? Ukrainian(int index, int classCount, Lang lang) =>
        lang == Lang.Uk && classCount == ImageNetLabels.ClassCount ? UkrainianClassNames.For(index) : null;
}
