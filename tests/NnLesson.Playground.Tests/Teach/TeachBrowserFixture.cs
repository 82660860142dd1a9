using System.Net;
using Microsoft.Playwright;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// The machine's Chromium-family browser (<see cref="NeedsBrowser"/>) with a fake camera that plays <see cref="CameraFile"/> (a Y4M the test writes and rewrites between
/// camera starts), camera permission granted to the server's origin; and a server whose Teach cache is a temporary folder.
/// Nothing is launched when a test's needs are missing (the tests are then skipped before they ask for the browser).
/// </summary>
public sealed class TeachBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private string? _profile;

    public PlaygroundServer Server { get; private set; } = null!;

    public string Folder { get; } = RepoPaths.NewTempFolder("teach-browser");

    public string CameraFile => Path.Combine(Folder, "camera.y4m");

    public async Task InitializeAsync() =>
        Server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { TeachCacheFolder = Path.Combine(Folder, "cache") });

    /// <summary>The browser, launched on first use (the camera file must exist by then).</summary>
    public async Task<IBrowserContext> BrowserAsync()
    {
        if (_browser is not null)
        {
            return _browser;
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("nnlesson-chromium-teach-").FullName;
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = NeedsBrowser.Executable ?? throw new InvalidOperationException(NeedsBrowser.MissingReason),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                $"--use-file-for-fake-video-capture={CameraFile}"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
            AcceptDownloads = true,
            Permissions = ["camera"],
        });
        return _browser;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
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
