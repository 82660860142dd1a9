using System.Collections.Concurrent;

namespace NnLesson.Files;

/// <summary>
/// Ctrl+C (SIGINT) or SIGTERM asked the program to stop. The command line's signal handler calls
/// <see cref="Request"/>; long work checks <see cref="Token"/> at safe points (between slides, between photos,
/// before a temporary file is renamed into place) and stops with an <see cref="OperationCanceledException"/>.
/// The paths registered with <see cref="Track"/> (temporary files being written, the output folder's lock) are
/// what a forced exit must delete when the work does not reach a safe point in time (e.g. inside a long training loop).
/// </summary>
public static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly ConcurrentDictionary<string, byte> Tracked = new(StringComparer.Ordinal);

    /// <summary>Cancelled once a stop was requested.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>"SIGINT" or "SIGTERM" once requested, else null.</summary>
    public static string? Signal { get; private set; }

    /// <summary>The exit code of a program stopped by <see cref="Signal"/>: 128 + its number (SIGINT 2 → 130, SIGTERM 15 → 143).</summary>
    public static int ExitCode => Signal == "SIGINT" ? 130 : 143;

    public static void Request(string signal)
    {
        Signal ??= signal;
        Source.Cancel();
    }

    /// <summary>Remembers a file this process created and must not leave behind if it is stopped.</summary>
    public static void Track(string path) => Tracked[path] = 0;

    public static void Untrack(string path) => Tracked.TryRemove(path, out _);

    /// <summary>Deletes every tracked file (best effort) and returns how many were there.</summary>
    public static int DeleteTracked()
    {
        var deleted = 0;
        foreach (var path in Tracked.Keys)
        {
            if (File.Exists(path))
            {
                AtomicFile.TryDelete(path);
                deleted++;
            }
            Untrack(path);
        }
        return deleted;
    }
}
