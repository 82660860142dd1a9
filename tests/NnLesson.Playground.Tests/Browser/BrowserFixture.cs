using System.Net;
using Microsoft.Playwright;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Browser;

/// <summary>
/// The machine's Chromium-family browser (<see cref="NeedsBrowser"/>, never a downloaded one) driven by Playwright,
/// headless, with an empty profile and no background networking; and a playground server on loopback for it to open.
/// Without a browser nothing is started: the tests that use this fixture are [BrowserFact]s and are skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string? _profile;

    public IBrowserContext Browser { get; private set; } = null!;

    public PlaygroundServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (NeedsBrowser.Executable is not { } executable)
        {
            return;
        }
        Server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0));
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("nnlesson-chromium-").FullName;
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            AcceptDownloads = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return; // no browser: nothing was started
        }
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
        if (_profile is not null)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
