using System.Diagnostics;
using NnLesson.Cli;

namespace NnLesson.Playground.Tests.Server;

/// <summary>`nnlesson playground` as a user runs it: its usage errors, its URL, and Ctrl+C.</summary>
public class PlaygroundCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "--port must be between 0 and 65535 (got 70000).")]
    [InlineData("--port", "-1", "--port must be between 0 and 65535 (got -1).")]
    [InlineData("--host", "classroom", "--host must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost (got 'classroom').")]
    public void Nonsense_options_are_a_usage_error_in_one_line(string option, string value, string message)
    {
        var error = new StringWriter();
        var code = NnLessonApp.Run(["playground", option, value, "--no-browser", "--lang", "en"], TextWriter.Null, error);
        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line);
    }

    [Theory]
    [InlineData("--port", "70000", "--port має бути від 0 до 65535 (дано 70000).")]
    [InlineData("--host", "classroom", "--host має бути IP-адресою на зразок 127.0.0.1 чи 0.0.0.0 або localhost (дано «classroom»).")]
    public void In_Ukrainian_by_default(string option, string value, string message)
    {
        var error = new StringWriter();
        var code = NnLessonApp.Run(["playground", option, value, "--no-browser"], TextWriter.Null, error);
        Assert.Equal(2, code);
        Assert.Contains(message, Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task It_prints_its_url_serves_the_page_and_stops_cleanly_on_ctrl_c()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is a POSIX signal; on Windows the console's Ctrl+C goes through the same host lifetime
        }
        using var process = Start("playground", "--port", "0", "--no-browser", "--lang", "en");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("Playground: http://127.0.0.1:", first);
        var url = new Uri(first!["Playground: ".Length..]);
        using (var http = new HttpClient())
        {
            Assert.Contains("/app.js", await http.GetStringAsync(url));
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Playground stopped.", await process.StandardOutput.ReadToEndAsync());
        Assert.Equal("", (await process.StandardError.ReadToEndAsync()).Trim());
    }

    [Fact]
    public async Task A_taken_port_is_a_runtime_error_in_one_line()
    {
        await using var server = await NnLesson.Playground.Web.PlaygroundServer.StartAsync(new(System.Net.IPAddress.Loopback, 0));
        using var process = Start("playground", "--port", server.Url.Port.ToString(), "--no-browser", "--lang", "en");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, process.ExitCode);
        var error = (await process.StandardError.ReadToEndAsync()).Trim();
        Assert.Single(error.Split('\n'));
        Assert.Contains($"Cannot listen on 127.0.0.1:{server.Url.Port}", error);
    }

    [Fact]
    public async Task Listening_beyond_loopback_prints_a_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var process = Start("playground", "--host", "0.0.0.0", "--port", "0", "--no-browser", "--lang", "en");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("Playground: http://", first);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        var warning = await process.StandardError.ReadToEndAsync();
        Assert.Contains("WARNING: the playground is open to other computers on the network", warning);
    }

    /// <summary>The real program (nnlesson.dll beside the tests) in its own process, with the SDK's dotnet.</summary>
    private static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "nnlesson.dll");
        // Through `env --default-signal=INT`: a test host started in the background of a non-interactive shell
        // (a CI script) inherits SIGINT as ignored, and an ignored SIGINT would never reach the program.
        var info = new ProcessStartInfo("env", ["--default-signal=INT", DotnetHost(), dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info)!;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
