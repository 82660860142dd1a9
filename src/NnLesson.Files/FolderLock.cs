using System.Runtime.InteropServices;

namespace NnLesson.Files;

/// <summary>
/// An exclusive, non-blocking lock on a folder itself, taken without creating or opening anything inside it.
/// On Linux and macOS the folder is opened read-only (open(2) of a directory: no file in it is touched) and
/// flock(2)-ed, through the runtime's own native shim (libSystem.Native, as in <see cref="RegularFile"/>). A lock file
/// in the folder was the old way, and it was unsafe: whoever could create one entry in a shared output folder could
/// plant <c>.nnlesson.lock</c> as a symbolic (or hard) link to any file the lecturer can write, and the run opened and
/// truncated it in place (probe G1, December 2026). The operating system drops the lock when the process dies
/// (crash, kill, SIGXFSZ), so a dead run never blocks the next one and leaves nothing behind.
/// </summary>
/// <remarks>
/// On Windows (no flock on folders in .NET), and on a runtime without the shim, the lock is a file
/// <c>fallbackName</c> created with FileShare.None; it is never truncated or written, so even a planted
/// link to another file loses no byte.
/// </remarks>
public sealed class FolderLock : IDisposable
{
    private readonly IDisposable _handle;
    private readonly string? _fallbackPath;

    private FolderLock(IDisposable handle, string? fallbackPath)
    {
        _handle = handle;
        _fallbackPath = fallbackPath;
    }

    /// <summary>
    /// Locks <paramref name="folder"/> (which must exist); null when another process holds its lock.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be opened (permissions, gone).</exception>
    public static FolderLock? TryAcquire(string folder, string fallbackName)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var native = TryAcquireNative(folder, out var unsupported);
                if (!unsupported)
                {
                    return native;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // fall through to the file lock
            }
        }
        return TryAcquireFile(Path.Combine(folder, fallbackName));
    }

    /// <summary><paramref name="unsupported"/>: flock failed for another reason than "held" (a file system without it).</summary>
    private static FolderLock? TryAcquireNative(string folder, out bool unsupported)
    {
        unsupported = false;
        var fd = Open(folder, PalReadOnly | PalCloseOnExec, 0);
        if (fd.IsInvalid)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd.Dispose();
            throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{folder}'");
        }
        if (FLock(fd, PalLockExclusive | PalLockNonBlocking) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd.Dispose();
            // EWOULDBLOCK: another run holds it (11 on Linux, 35 on macOS and the BSDs).
            unsupported = errno != (OperatingSystem.IsLinux() ? 11 : 35);
            return null;
        }
        return new FolderLock(fd, null);
    }

    private static FolderLock? TryAcquireFile(string path)
    {
        try
        {
            // OpenOrCreate without truncating or writing: what the path held before stays byte for byte.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);
            return new FolderLock(stream, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>Lets go of the lock (closing the folder's descriptor; the fallback file is deleted first).</summary>
    public void Dispose()
    {
        if (_fallbackPath is not null)
        {
            AtomicFile.TryDelete(_fallbackPath);
        }
        _handle.Dispose();
    }

    // libSystem.Native's PAL flags (pal_io.h), the same on every Unix the runtime supports.
    private const int PalReadOnly = 0x0000;
    private const int PalCloseOnExec = 0x0010;
    private const int PalLockExclusive = 2;
    private const int PalLockNonBlocking = 4;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Open", SetLastError = true)]
    private static extern Microsoft.Win32.SafeHandles.SafeFileHandle Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FLock", SetLastError = true)]
    private static extern int FLock(SafeHandle fd, int operation);
}
