using System.Diagnostics;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// The probe of December 2026 (G8, G11, G15, G16, G17), each run as a lecturer would run the command: one clear line,
/// the right exit code, nothing half-written left behind.
/// </summary>
public class ProbeRoundThreeTests
{
    [SharedFact]
    public void G8_a_cache_path_that_is_a_file_keeps_the_computed_features_and_says_so_once()
    {
        var data = TeachData.SmallCopy(3);
        var cacheFile = Path.Combine(RepoPaths.NewTempFolder(), "cachefile");
        File.WriteAllText(cacheFile, "x\n");
        var output = RepoPaths.NewTempFolder();

        var run = CliRun.Of("teach", data, "--out", output, "--cache", cacheFile, "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Single(run.Output.Split('\n'), l => l.Contains("Features are not cached", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "head.json")));
        Assert.Equal("x\n", File.ReadAllText(cacheFile));
    }

    [SharedFact]
    public void G16_an_empty_val_folder_is_named_as_empty_not_as_missing()
    {
        var root = RepoPaths.NewTempFolder("teach-valempty");
        TeachData.SmallCopy(4, Path.Combine(root, "train"));
        Directory.CreateDirectory(Path.Combine(root, "val"));

        var run = CliRun.Of("teach", root, "--out", RepoPaths.NewTempFolder(), "--cache", RepoPaths.NewTempFolder(), "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("The val/ folder has no readable photo", run.Output);
        Assert.DoesNotContain("No val/ folder", run.Output);
    }

    [Fact]
    public void G17_a_dangling_out_link_is_called_a_link_to_a_missing_folder()
    {
        var folder = RepoPaths.NewTempFolder();
        var dangling = Path.Combine(folder, "dangling");
        File.CreateSymbolicLink(dangling, Path.Combine(folder, "nowhere"));

        var run = CliRun.Of("slide3", "--out", dangling, "--lang", "en");

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("is a symbolic link to", line);
        Assert.DoesNotContain("is a file", line);
    }

    [Fact]
    public void G11_an_address_of_no_interface_of_this_computer_is_one_line_not_the_bug_path()
    {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of a real interface.
        var run = CliRun.Of("playground", "--no-browser", "--port", "0", "--host", "192.0.2.1", "--lang", "en");

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("Cannot listen on 192.0.2.1:0", line);
        Assert.DoesNotContain("unexpected", line);
    }

    [Fact]
    public void G11_an_ipv4_mapped_address_listens_on_its_ipv4_form() =>
        Assert.Equal(System.Net.IPAddress.Loopback, Commands.PlaygroundCommand.ParseHost("::ffff:127.0.0.1"));

    [Fact]
    public async Task G15_a_file_size_limit_ends_the_run_with_one_line_and_no_temporary_file()
    {
        var output = RepoPaths.NewTempFolder();
        var dll = Path.Combine(AppContext.BaseDirectory, "nnlesson.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        // 100 blocks of 1 KB; W^X off because the runtime's own double mapping needs a file larger than that (not ours).
        var info = new ProcessStartInfo("bash", ["-c", "ulimit -f 100; exec \"$0\" \"$1\" slide3 --out \"$2\" --lang en", host, dll, output])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await stdout;

        Assert.Equal(ExitCodes.RuntimeFailure, process.ExitCode); // not 153 (killed by SIGXFSZ)
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("File too large", line);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        Assert.Empty(Directory.GetFiles(output, ".nnlesson.lock"));
    }
}
