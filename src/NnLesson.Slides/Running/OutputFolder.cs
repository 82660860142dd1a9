using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Slides.Running;

/// <summary>Checks the output folder before any work starts, so a bad <c>--out</c> fails fast and writes nothing.</summary>
internal static class OutputFolder
{
    /// <summary>Creates the folder if needed and proves it is writable; returns the full path.</summary>
    public static string Prepare(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LessonException("Папку виводу не задано: вкажіть її через --out.", "The output folder is empty: pass a folder with --out.");
        }
        var full = Path.GetFullPath(path);
        // A symbolic link to nothing: File.Exists is true for it, and it was called "a file" (probe G17).
        var link = new FileInfo(full);
        if (link.LinkTarget is { } target && !Directory.Exists(full) && !Path.Exists(link.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
        {
            throw new LessonException(
                $"Шлях виводу '{path}' — символьне посилання на '{target}', якого не існує; створіть цю папку або виберіть інший --out.",
                $"The output path '{path}' is a symbolic link to '{target}', which does not exist; create that folder or choose another --out.");
        }
        if (File.Exists(full))
        {
            throw new LessonException($"Шлях виводу «{path}» — це файл, а не папка.", $"The output path '{path}' is a file, not a folder.");
        }
        try
        {
            Directory.CreateDirectory(full);
            var probe = AtomicFile.TemporaryPathFor(Path.Combine(full, "probe"));
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new LessonException($"Не вдалося писати в папку виводу «{path}»: {e.Message}", $"Cannot write to the output folder '{path}': {e.Message}", e);
        }
        return full;
    }
}
