using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Models;
using Spectre.Console;

namespace NnLesson.Cli.Commands;

/// <summary>
/// Fetching a list of verified files into one folder, shared by `model download` and `data download`: each file goes
/// through <see cref="ModelDownloader"/> (size and SHA-256 checked before it is renamed into place); a terminal gets a
/// progress bar per file, CI and pipes one line before and after each; Ctrl+C cancels cleanly (the partial file is removed).
/// </summary>
internal static class FileDownloads
{
    public static async Task<IReadOnlyList<DownloadResult>> RunAsync(CliRuntime runtime, IReadOnlyList<DownloadSpec> specs, string folder,
        CancellationToken cancellation)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellation, Interruption.Token);
        ConsoleCancelEventHandler onCancelKey = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancelKey;
        try
        {
            using var downloader = new ModelDownloader();
            var results = runtime.Interactive
                ? await WithProgressBars(runtime, downloader, specs, folder, cancel.Token)
                : await Quietly(runtime, downloader, specs, folder, cancel.Token);
            if (runtime.Interactive)
            {
                foreach (var (spec, result) in specs.Zip(results))
                {
                    runtime.Output.WriteLine(Describe(runtime, spec, result));
                }
            }
            return results;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested && Interruption.Signal is null)
        {
            throw new LessonException("Завантаження скасовано; недозавантажений файл видалено.", "Download cancelled; the partial file was removed.");
        }
        finally
        {
            Console.CancelKeyPress -= onCancelKey;
        }
    }

    /// <summary>CI and pipes: one line before each file and one after, no redrawing.</summary>
    private static async Task<List<DownloadResult>> Quietly(
        CliRuntime runtime, ModelDownloader downloader, IReadOnlyList<DownloadSpec> specs, string folder, CancellationToken cancellation)
    {
        var results = new List<DownloadResult>();
        foreach (var spec in specs)
        {
            runtime.Output.WriteLine(runtime.T($"{spec.FileName} ({ByteSize.Format(spec.Size)}) з {spec.Url}", $"{spec.FileName} ({ByteSize.Format(spec.Size)}) from {spec.Url}"));
            var result = await downloader.DownloadAsync(spec, folder, progress: null, cancellation);
            runtime.Output.WriteLine(Describe(runtime, spec, result));
            results.Add(result);
        }
        return results;
    }

    /// <summary>A terminal: one Spectre progress bar per file with bytes, speed and time left.</summary>
    private static Task<List<DownloadResult>> WithProgressBars(
        CliRuntime runtime, ModelDownloader downloader, IReadOnlyList<DownloadSpec> specs, string folder, CancellationToken cancellation) =>
        runtime.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                     new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = specs.Select(s => context.AddTask(Markup.Escape(s.FileName), autoStart: false, maxValue: s.Size)).ToList();
                var results = new List<DownloadResult>();
                foreach (var (spec, task) in specs.Zip(tasks))
                {
                    task.StartTask();
                    var result = await downloader.DownloadAsync(spec, folder, p => task.Value = p.BytesDone, cancellation);
                    task.Value = task.MaxValue;
                    task.StopTask();
                    results.Add(result);
                }
                return results;
            });

    private static string Describe(CliRuntime runtime, DownloadSpec spec, DownloadResult result) => result.Outcome switch
    {
        DownloadOutcome.AlreadyPresent => runtime.T($"  ✓ {spec.FileName}: уже є в {Path.GetDirectoryName(result.Path)} з правильним sha256; пропущено.",
            $"  ✓ {spec.FileName}: already in {Path.GetDirectoryName(result.Path)} with the right sha256; skipped."),
        DownloadOutcome.Replaced => runtime.T($"  ✓ {spec.FileName}: замінено копію з іншою контрольною сумою; збережено {result.Path} (sha256 {spec.Sha256[..12]}… перевірено).",
            $"  ✓ {spec.FileName}: replaced a copy with a different checksum; saved {result.Path} (sha256 {spec.Sha256[..12]}… verified)."),
        _ => runtime.T($"  ✓ {spec.FileName}: збережено {result.Path} (sha256 {spec.Sha256[..12]}… перевірено).",
            $"  ✓ {spec.FileName}: saved {result.Path} (sha256 {spec.Sha256[..12]}… verified)."),
    };
}
