using NnLesson.Figures;
using System.Runtime.InteropServices;
using NnLesson.Files;

namespace NnLesson.Cli.Commands;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (a laptop shutting down, a CI timeout): instead of dying mid-write, the program
/// asks the work to stop (<see cref="Interruption.Request"/>); it stops at the next safe point and exits with
/// 130 or 143 and one line. Work that reaches no safe point within <see cref="Grace"/> (a long training loop) is
/// ended by force, after the temporary files and the folder lock it holds are deleted, with the same line and code.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    /// <summary>How long the work may take to reach a safe point after the signal.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly PosixSignalRegistration[] _registrations;

    private Interrupts(TextWriter error, Lang lang)
    {
        _registrations = OperatingSystem.IsWindows() && !OperatingSystem.IsWindowsVersionAtLeast(10)
            ? []
            : [PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, "SIGINT", error, lang)),
               PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, "SIGTERM", error, lang)),
               .. FileSizeLimitAsAnError()];
    }

    /// <summary>
    /// SIGXFSZ (a file-size limit, <c>ulimit -f</c>, reached by a write) killed the program mid-write, leaving a
    /// <c>.tmp</c> file and no message (probe G15). Handled (and its default action cancelled), the write fails with
    /// EFBIG instead: an IOException "File too large", which the writers already turn into one line with the temporary
    /// file deleted and the earlier output intact. Signal 25 on Linux and macOS; none elsewhere.
    /// </summary>
    private static PosixSignalRegistration[] FileSizeLimitAsAnError() =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? [PosixSignalRegistration.Create((PosixSignal)25, c => c.Cancel = true)] : [];

    /// <summary>Installs the handlers for the life of the program (Program.cs).</summary>
    public static Interrupts Install(TextWriter error, Lang lang) => new(error, lang);

    /// <summary>The one line printed when the program stops on a signal, in the run's language.</summary>
    public static string Line(string signal, Lang lang) => lang.Text(
        $"nnlesson: перервано сигналом {signal}; роботу зупинено, напівзаписаних файлів не лишилося.",
        $"nnlesson: interrupted by {signal}; stopped, and no half-written file was left behind.");

    private static void OnSignal(PosixSignalContext context, string signal, TextWriter error, Lang lang)
    {
        context.Cancel = true; // we exit ourselves, cleanly
        if (Interruption.Signal is not null)
        {
            return; // a second Ctrl+C while stopping: the grace timer is already running
        }
        Interruption.Request(signal);
        _ = Task.Run(async () =>
        {
            await Task.Delay(Grace);
            Interruption.DeleteTracked();
            error.WriteLine(Line(signal, lang));
            error.Flush();
            Environment.Exit(Interruption.ExitCode);
        });
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
