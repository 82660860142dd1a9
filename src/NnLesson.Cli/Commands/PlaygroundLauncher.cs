using System.Diagnostics;
using System.Net;
using NnLesson.Playground.Web;

namespace NnLesson.Cli.Commands;

/// <summary>Starts the playground server, prints its URL (and a warning when it is reachable from other machines), opens the browser, waits for Ctrl+C.</summary>
internal static class PlaygroundLauncher
{
    public static int Run(CliRuntime runtime, IPAddress address, int port, bool openBrowser, string lang, string? cnnData = null)
    {
        var server = PlaygroundServer.StartAsync(new PlaygroundServerOptions(address, port) { CnnDataFolder = cnnData }, handleCtrlC: true).GetAwaiter().GetResult();
        try
        {
            var url = new Uri(server.Url, $"?lang={lang}");
            var uk = lang == "uk";
            if (!IPAddress.IsLoopback(address))
            {
                runtime.Error.WriteLine(uk
                    ? $"nnlesson: УВАГА: майданчик відкрито для інших комп’ютерів мережі ({PlaygroundServer.Shown(address, server.Url.Port)}). Будь-хто в цій мережі може ним користуватися; запускайте так лише в довіреній мережі класу."
                    : $"nnlesson: WARNING: the playground is open to other computers on the network ({PlaygroundServer.Shown(address, server.Url.Port)}). Anyone on this network can use it; do this on a trusted classroom network only.");
            }
            runtime.Output.WriteLine(uk ? $"Майданчик: {url}" : $"Playground: {url}");
            runtime.Output.WriteLine(uk ? "Ctrl+C — зупинити." : "Press Ctrl+C to stop.");
            runtime.Output.Flush();
            if (openBrowser)
            {
                TryOpenBrowser(url, runtime.Error);
            }
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            runtime.Output.WriteLine(uk ? "Майданчик зупинено." : "Playground stopped.");
            return ExitCodes.Success;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The platform's "open this URL" (start / open / xdg-open); a failure only prints the URL to open by hand.</summary>
    private static void TryOpenBrowser(Uri url, TextWriter error)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url.ToString()) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", url.ToString()) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"nnlesson: could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
