using Microsoft.Playwright;

namespace NnLesson.Deck.Tests;

/// <summary>
/// Debian's chromium (never a downloaded browser), headless, with an empty profile and every background
/// service that could reach the network switched off. `.ci/run` installs it with apt-get when it is missing.
/// </summary>
public static class Browser
{
    public const string Executable = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowserContext Context)> StartAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install Debian's chromium (apt-get install -y chromium).");
        var playwright = await Playwright.CreateAsync();
        var profile = NnLesson.Tests.Shared.RepoPaths.NewTempFolder("chromium-profile"); // empty user-data-dir
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
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
