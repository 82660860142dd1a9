using Microsoft.Playwright;

namespace NnLesson.Deck.Tests;

/// <summary>
/// The machine's own Chromium-family browser (<see cref="NeedsBrowser"/>; never a downloaded one), headless, with an
/// empty profile and every background service that could reach the network switched off. The tests that use it are
/// [BrowserFact]s, skipped when there is none; `.ci/run` installs Debian's chromium.
/// </summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowserContext Context)> StartAsync()
    {
        var executable = NeedsBrowser.Executable ?? throw new InvalidOperationException(NeedsBrowser.MissingReason);
        var playwright = await Playwright.CreateAsync();
        var profile = NnLesson.Tests.Shared.RepoPaths.NewTempFolder("chromium-profile"); // empty user-data-dir
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return (playwright, context);
    }
}
