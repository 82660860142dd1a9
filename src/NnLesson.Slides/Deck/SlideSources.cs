using System.Reflection;

namespace NnLesson.Slides.Deck;

/// <summary>
/// The single-file slide programs (<c>slides/*.cs</c>), embedded into this assembly when it is built (see
/// NnLesson.Slides.csproj), so the deck page shows their code from whatever folder <c>all</c> runs in.
/// A slide's program is the file named after its id: slide5-train → slides/slide5_train*.cs.
/// </summary>
internal static class SlideSources
{
    private const string Prefix = "NnLesson.SlideSources.";

    /// <summary>File names of every embedded program, e.g. "slide3_perceptron_gate.cs".</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. typeof(SlideSources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>The program of slide <paramref name="slideId"/> (file name and text), or null if it has none.</summary>
    public static (string FileName, string Text)? For(string slideId)
    {
        var stem = slideId.Replace('-', '_');
        var file = FileNames.FirstOrDefault(f => f == stem + ".cs" || f.StartsWith(stem + "_", StringComparison.Ordinal));
        if (file is null)
        {
            return null;
        }
        using var stream = typeof(SlideSources).Assembly.GetManifestResourceStream(Prefix + file)!;
        using var reader = new StreamReader(stream);
        return (file, reader.ReadToEnd());
    }

    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
