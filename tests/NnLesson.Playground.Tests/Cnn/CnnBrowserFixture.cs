using System.Net;
using Microsoft.Playwright;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>
/// The machine's Chromium-family browser (<see cref="NeedsBrowser"/>, never a downloaded one) and two servers: one on the
/// tiny bars set (runs everywhere), one on the real Fashion-MNIST where Debian puts it (its tests need it). Nothing is
/// started without a browser: the tests using this fixture are then skipped.
/// </summary>
public sealed class CnnBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string? _profile;

    public IBrowserContext Browser { get; private set; } = null!;

    public PlaygroundServer Bars { get; private set; } = null!;

    /// <summary>Null without Fashion-MNIST.</summary>
    public PlaygroundServer? Fashion { get; private set; }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (NeedsBrowser.Executable is not { } executable)
        {
            return;
        }
        Bars = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0)
        {
            CnnDataFolder = TinyIdx.Folder(CnnServerFixture.TrainImages, CnnServerFixture.TestImages, CnnServerFixture.Classes, seed: 5),
        });
        if (NeedsFashionMnist.MissingReason is null)
        {
            Fashion = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { CnnDataFolder = NeedsFashionMnist.Folder });
        }
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("nnlesson-chromium-cnn-").FullName;
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Bars.DisposeAsync();
        if (Fashion is not null)
        {
            await Fashion.DisposeAsync();
        }
        try
        {
            Directory.Delete(_profile!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A browser test on the real Fashion-MNIST: skipped with the reason without a browser or without the data set.</summary>
public sealed class BrowserAndFashionMnistFactAttribute : FactAttribute
{
    public BrowserAndFashionMnistFactAttribute() => Skip = NeedsBrowser.MissingReason ?? NeedsFashionMnist.MissingReason;
}
