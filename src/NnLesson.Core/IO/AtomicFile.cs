namespace NnLesson.Core.IO;

/// <summary>
/// Writes a file so that readers see either the old complete file or the new complete file,
/// never a half-written one: the bytes go to a temporary file in the same folder, which is then
/// renamed over the target (a rename within one folder is atomic on every desktop OS).
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = TemporaryPathFor(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>A unique sibling of <paramref name="path"/>, hidden and marked .tmp so a crash leaves an obvious leftover.</summary>
    public static string TemporaryPathFor(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the caller is already reporting the original failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
