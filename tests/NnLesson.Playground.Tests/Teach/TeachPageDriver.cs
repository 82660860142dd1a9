using Microsoft.Playwright;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>Opening the Teach page in the fixture's chromium (every console error, page error and external request collected) and reading its state.</summary>
internal static class TeachPageDriver
{
    public static string[] Photos(string subset, string cls) =>
        [.. Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, subset, cls), "*.jpg").Order(StringComparer.Ordinal)];

    public static async Task<(IPage Page, List<string> Problems)> OpenAsync(TeachBrowserFixture fixture, string lang, int width, int height)
    {
        var browser = await fixture.BrowserAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var problems = new List<string>();
        var origin = fixture.Server.Url.GetLeftPart(UriPartial.Authority);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add($"console: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"page error: {e}");
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith(origin.Replace("http", "ws"), StringComparison.Ordinal)
                && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                problems.Add($"external request: {r.Url}");
            }
        };
        await page.GotoAsync(new Uri(fixture.Server.Url, $"teach?lang={lang}").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.connected === '1' && document.querySelectorAll('.card').length === 2");
        return (page, problems);
    }

    public static Task<string> Data(IPage page, string name) => page.EvaluateAsync<string>($"() => document.body.dataset.{name} ?? ''");

    public static async Task WaitUploadsAsync(IPage page, int atLeast, int timeoutMs = 120_000) =>
        await page.WaitForFunctionAsync($"() => Number(document.body.dataset.samples) >= {atLeast} && document.body.dataset.pending === '0'",
            null, new() { Timeout = timeoutMs, PollingInterval = 100 });
}
