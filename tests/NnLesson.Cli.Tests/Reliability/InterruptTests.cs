using System.Diagnostics;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Defect 6 of issue 6: Ctrl+C (SIGINT) or SIGTERM during a run. The real program runs as a child process;
/// the signal is sent only after it has said it started training (a forced order, not a timed guess). It must
/// stop with exit 130 (SIGINT) or 143 (SIGTERM) and one line, leaving no temporary file, no manifest and no lock.
/// </summary>
public class InterruptTests
{
    /// <summary>nnlesson.dll as built beside these tests (same configuration).</summary>
    private static string CliDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
        return Path.Combine(RepoPaths.Root, "src", "NnLesson.Cli", "bin", configuration, "net10.0", "nnlesson.dll");
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_signal_during_training_stops_cleanly_with_its_exit_code(string signal, int expectedExit)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals
        }
        var folder = RepoPaths.NewTempFolder();
        // Through `env --default-signal=INT`: a test host started in the background of a non-interactive shell
        // (a CI script) inherits SIGINT as ignored, and an ignored SIGINT would never reach the program.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--default-signal=INT", "dotnet", CliDll(), "slide5-train", "--epochs", "1000000", "--samples", "2000", "--hidden", "256", "--out", folder, "--lang", "en" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        // Wait until the run is under way (its first report line), then interrupt it.
        var firstLine = await process.StandardOutput.ReadLineAsync();
        Assert.NotNull(firstLine);
        var rest = process.StandardOutput.ReadToEndAsync();
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail("the program did not stop within 30 s of the signal");
        }

        var stderr = await error;
        Assert.True(process.ExitCode == expectedExit, $"exit {process.ExitCode}: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("interrupted", line);
        Assert.Contains("SIG" + signal, line);
        _ = await rest;
        var left = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(left, f => f!.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain("manifest.json", left);
        Assert.DoesNotContain(".nnlesson.lock", left);
    }
}
