using System.Globalization;
using Microsoft.Playwright;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>The CNN page in real chromium: it connects, trains, and the filters, the accuracy and the grid change; uk and en, 1280×720 and 1920×1080.</summary>
public class CnnPageTests(CnnBrowserFixture fixture) : IClassFixture<CnnBrowserFixture>
{
    /// <summary>Screenshots go here (set NNLESSON_SCREENSHOTS to keep them), so a person can look at the page.</summary>
    private static readonly string Shots = Environment.GetEnvironmentVariable("NNLESSON_SCREENSHOTS") is { Length: > 0 } dir
        ? Directory.CreateDirectory(dir).FullName
        : RepoPaths.NewTempFolder("cnn-shots");

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(Uri server, string query, int width, int height)
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var problems = new List<string>();
        var origin = server.GetLeftPart(UriPartial.Authority);
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
                && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"external request: {r.Url}");
            }
        };
        await page.GotoAsync(new Uri(server, "cnn" + query).ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.step === '0'", null, new() { Timeout = 60_000 });
        return (page, problems);
    }

    private static Task<string> FiltersAsync(IPage page) => page.EvaluateAsync<string>("() => document.getElementById('filters').toDataURL()");

    [BrowserFact]
    public async Task Training_in_the_page_changes_the_filters_the_accuracy_and_the_grid_and_a_click_chooses_the_image()
    {
        var (page, problems) = await OpenAsync(fixture.Bars.Url, "?lang=en&channels=4,8&batch=32", 1280, 720);
        var initial = await FiltersAsync(page);
        Assert.Equal("–", await page.InnerTextAsync("#accuracy"));

        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.step) >= 25 && Number(document.body.dataset.evaluations) >= 2",
            null, new() { Timeout = 60_000 });
        await page.ClickAsync("#play"); // pause
        Assert.NotEqual(initial, await FiltersAsync(page));
        var accuracy = double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.accuracy"), CultureInfo.InvariantCulture);
        Assert.True(accuracy > 0.6, $"the bars are learned within an epoch (chance 1/3): {accuracy}");
        Assert.Matches(@"^\d+(\.\d)?%$", await page.InnerTextAsync("#accuracy")); // en: "87.5%"
        Assert.Equal(24, await page.Locator("#grid button").CountAsync());
        Assert.True(await page.Locator("#grid button.right").CountAsync() >= 16, "most grid images are answered right after an epoch");
        StringAssert(await page.InnerTextAsync("#network-line"), "[4, 28, 28]", "[3]", "parameters");

        await page.Locator("#grid button").Nth(2).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#grid button.selected') === document.querySelectorAll('#grid button')[2]");
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task Without_the_data_set_the_page_says_in_one_line_how_to_get_it_and_nothing_breaks()
    {
        await using var server = await NnLesson.Playground.Web.PlaygroundServer.StartAsync(
            new NnLesson.Playground.Web.PlaygroundServerOptions(System.Net.IPAddress.Loopback, 0) { CnnDataFolder = RepoPaths.NewTempFolder("no-fashion") });
        var page = await fixture.Browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add($"page error: {e}");
        await page.GotoAsync(new Uri(server.Url, "cnn?lang=uk").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.missing === '1'");
        var line = await page.InnerTextAsync("#error");
        StringAssert(line, "sudo apt-get install dataset-fashion-mnist", "nnlesson data download fashion-mnist", "--data ПАПКА");
        await page.ClickAsync("#lang-en");
        StringAssert(await page.InnerTextAsync("#error"), "Fashion-MNIST not found", "--data DIR");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "cnn_missing_en_1280.png") });
        Assert.Empty(problems);
    }

    private static void StringAssert(string text, params string[] parts)
    {
        foreach (var part in parts)
        {
            Assert.Contains(part, text);
        }
    }

    [BrowserAndFashionMnistFact]
    public async Task On_fashion_mnist_the_page_shows_ukrainian_class_names_and_plurals_and_looks_right_at_projector_sizes()
    {
        var (page, problems) = await OpenAsync(fixture.Fashion!.Url, "?lang=uk", 1280, 720);
        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.step) >= 110 && Number(document.body.dataset.evaluations) >= 2",
            null, new() { Timeout = 120_000 });
        await page.ClickAsync("#play");
        var accuracy = double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.accuracy"), CultureInfo.InvariantCulture);
        Assert.True(accuracy > 0.5, $"after 100 batches the first 1000 test images are mostly right (chance 10 %): {accuracy}");
        var labels = string.Join(" ", await page.Locator("#grid .label").AllInnerTextsAsync());
        Assert.Matches("черевики|штани|сандалі|кросівки|светр|сукня|пальто|сорочка|сумка|футболка", labels);
        StringAssert(await page.InnerTextAsync("#network-line"), "[16, 28, 28]", "[32, 5, 5]", "[10]", "параметрів");
        // 938 = ⌈60 000 / 64⌉ steps: «938 кроків», «100 кроків», and the 10 000 test images with a non-breaking space in uk
        StringAssert(await page.InnerTextAsync("#update-line"), "938 кроків за епоху");
        StringAssert(await page.InnerTextAsync("#accuracy-hint"), "кожні 100 кроків", "перші 1\u00a0000 тестових зображень", "усі 10\u00a0000");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "cnn_uk_1280.png") });
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "cnn_uk_1920.png") });
        await page.ClickAsync("#lang-en");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "cnn_en_1920.png") });
        await page.SetViewportSizeAsync(1280, 720);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "cnn_en_1280.png") });
        Assert.Matches("ankle boot|trouser|sandal|sneaker|pullover|dress|coat|shirt|bag", string.Join(" ", await page.Locator("#grid .label").AllInnerTextsAsync()));
        Assert.Empty(problems);
    }
}
