namespace NnLesson.Files;

/// <summary>
/// Writes a file so that readers see either the old complete file or the new complete file,
/// never a half-written one: the bytes go to a temporary file in the same folder, which is then
/// renamed over the target (a rename within one folder is atomic on every desktop OS).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes atomically; stops (deleting the temporary file) when Ctrl+C or SIGTERM was received (<see cref="Interruption"/>).</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => WriteAllBytes(path, bytes, Interruption.Token);

    /// <summary>
    /// As above; <paramref name="cancellation"/> is checked before the temporary file is created and again before it
    /// is renamed, so a cancelled write leaves neither the temporary file nor a new target.
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var temporary = TemporaryPathFor(path);
        Interruption.Track(temporary);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // EFBIG: a file-size limit (ulimit -f; SIGXFSZ is handled, see the CLI's Interrupts) or the file system's own
            // maximum. .NET reports it as an argument error; it is the machine's limit, said in one line (probe G15).
            TryDelete(temporary);
            throw new NnLesson.Core.LessonException(
                $"Не вдалося записати '{path}': файл перевищив граничний розмір файлу (ulimit -f або межу файлової системи).",
                $"Cannot write '{path}': File too large for the file-size limit (ulimit -f) or the file system.", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        finally
        {
            Interruption.Untrack(temporary);
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

    /// <summary>True for names <see cref="TemporaryPathFor"/> makes: "." + name + "." + 32 lower-case hex digits + ".tmp".</summary>
    public static bool IsOwnTemporaryName(string fileName) =>
        fileName.Length > 1 + 1 + 33 + 4 && fileName[0] == '.' && fileName.EndsWith(".tmp", StringComparison.Ordinal) &&
        fileName[^37] == '.' && fileName.AsSpan(fileName.Length - 36, 32).ContainsAnyExcept("0123456789abcdef") is false;

    /// <summary>Deletes leftovers of <see cref="IsOwnTemporaryName"/> directly in <paramref name="folder"/> (an interrupted earlier run); returns how many.</summary>
    public static int DeleteOwnTemporaryFiles(string folder)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (IsOwnTemporaryName(Path.GetFileName(file)))
            {
                TryDelete(file);
                deleted++;
            }
        }
        return deleted;
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
