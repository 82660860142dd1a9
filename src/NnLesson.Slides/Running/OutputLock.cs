using NnLesson.Core;

namespace NnLesson.Slides.Running;

/// <summary>
/// One run at a time per output folder. Two runs writing into one <c>--out</c> would overwrite each other's
/// figures, and each would then write a manifest with hashes of files the other replaced. The lock is a hidden
/// file <c>.nnlesson.lock</c> opened exclusively (FileShare.None: on Linux and macOS .NET takes an flock, on
/// Windows a sharing lock) and held for the whole run. The operating system drops the lock when the process dies,
/// so a crashed or killed run never blocks the next one; the file itself is deleted when the run ends.
/// </summary>
/// <remarks>
/// A second run does not wait: it fails at once with one line, since a lecturer who started two runs by mistake
/// wants to know, not to watch a silent pause.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".nnlesson.lock";

    private readonly FileStream _handle;
    private readonly string _path;

    private OutputLock(FileStream handle, string path)
    {
        _handle = handle;
        _path = path;
    }

    /// <summary>Takes the lock of <paramref name="folder"/> (which must exist).</summary>
    /// <exception cref="LessonException">Another run holds it, or the lock file cannot be created.</exception>
    public static OutputLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            // Who holds it, for a person who looks (the lock itself is the open handle, not this text).
            handle.SetLength(0);
            var text = System.Text.Encoding.ASCII.GetBytes($"pid {Environment.ProcessId}\n");
            handle.Write(text);
            handle.Flush();
            Files.Interruption.Track(path); // a forced exit on Ctrl+C deletes it too
            return new OutputLock(handle, path);
        }
        catch (IOException e) when (File.Exists(path) && e is not PathTooLongException)
        {
            throw new LessonException($"Інший запуск nnlesson зараз пише в {folder}; дочекайтеся, поки він закінчить, або виберіть іншу --out.",
                $"Another nnlesson run is writing to {folder}; wait for it to finish or choose another --out.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося заблокувати папку виводу {folder}: {e.Message}", $"Cannot lock the output folder {folder}: {e.Message}", e);
        }
    }

    /// <summary>Deletes the lock file while still holding it (nobody else can have it open), then lets go.</summary>
    public void Dispose()
    {
        Files.AtomicFile.TryDelete(_path);
        Files.Interruption.Untrack(_path);
        _handle.Dispose();
    }
}
