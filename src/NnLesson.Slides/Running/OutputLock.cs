using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Slides.Running;

/// <summary>
/// One run at a time per output folder. Two runs writing into one <c>--out</c> would overwrite each other's
/// figures, and each would then write a manifest with hashes of files the other replaced. The lock is the folder's
/// own (<see cref="FolderLock"/>: flock on the folder, nothing inside it opened or created), held for the whole run.
/// The operating system drops it when the process dies, so a crashed or killed run never blocks the next one.
/// </summary>
/// <remarks>
/// A second run does not wait: it fails at once with one line, since a lecturer who started two runs by mistake
/// wants to know, not to watch a silent pause. Until December 2026 the lock was a file <c>.nnlesson.lock</c> opened
/// in place and truncated, so a link planted under that name destroyed its target (probe G1); whatever the folder
/// holds under that name is now left as it is.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name where a folder cannot be locked itself (Windows); never written.</summary>
    public const string FileName = ".nnlesson.lock";

    private readonly FolderLock _lock;

    private OutputLock(FolderLock folderLock) => _lock = folderLock;

    /// <summary>Takes the lock of <paramref name="folder"/> (which must exist).</summary>
    /// <exception cref="LessonException">Another run holds it, or the folder cannot be opened.</exception>
    public static OutputLock Acquire(string folder)
    {
        FolderLock? taken;
        try
        {
            taken = FolderLock.TryAcquire(folder, FileName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося заблокувати папку виводу {folder}: {e.Message}", $"Cannot lock the output folder {folder}: {e.Message}", e);
        }
        return taken is null
            ? throw new LessonException($"Інший запуск nnlesson зараз пише в {folder}; дочекайтеся, поки він закінчить, або виберіть іншу --out.",
                $"Another nnlesson run is writing to {folder}; wait for it to finish or choose another --out.")
            : new OutputLock(taken);
    }

    public void Dispose() => _lock.Dispose();
}
