using System.Globalization;
using Microsoft.Playwright;
using NnLesson.Core.Datasets;
using NnLesson.Playground.Model;
using SkiaSharp;

namespace NnLesson.Playground.Tests.Browser;

/// <summary>The page in a real browser: it loads, trains, the loss falls, controls change the run, the URL restores it, uk/en.</summary>
[Collection(nameof(BrowserCollection))]
public class PlaygroundPageTests(BrowserFixture fixture)
{
    /// <summary>Screenshots go here (set NNLESSON_SCREENSHOTS to keep them), so a person can look at the page.</summary>
    private static readonly string Shots = Environment.GetEnvironmentVariable("NNLESSON_SCREENSHOTS") is { Length: > 0 } dir
        ? Directory.CreateDirectory(dir).FullName
        : RepoPaths.NewTempFolder("playground-shots");

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string query = "")
    {
        var page = await fixture.Browser.NewPageAsync();
        var problems = new List<string>();
        var origin = fixture.Server.Url.GetLeftPart(UriPartial.Authority);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith(origin.Replace("http", "ws"), StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"external request: {request.Url}");
            }
        };
        await page.GotoAsync(new Uri(fixture.Server.Url, query).ToString());
        await WaitForEpochAsync(page, e => e == 0);
        return (page, problems);
    }

    private static async Task<int> WaitForEpochAsync(IPage page, Func<int, bool> condition, int timeoutMs = 30_000)
    {
        var started = Environment.TickCount64;
        while (true)
        {
            var text = await page.EvaluateAsync<string?>("() => document.body.dataset.epoch ?? null");
            if (text is not null && condition(int.Parse(text, CultureInfo.InvariantCulture)))
            {
                return int.Parse(text, CultureInfo.InvariantCulture);
            }
            Assert.True(Environment.TickCount64 - started < timeoutMs, $"the page stayed at epoch {text ?? "(none)"}");
            await Task.Delay(50);
        }
    }

    private static async Task<double> TrainLossAsync(IPage page) =>
        double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.trainLoss"), CultureInfo.InvariantCulture);

    private static async Task<SKBitmap> ShotAsync(ILocator element, string name)
    {
        var path = Path.Combine(Shots, name);
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return PngAssert.Decode(path);
    }

    [BrowserFact]
    public async Task Ukrainian_counts_agree_with_their_number()
    {
        var (page, problems) = await OpenAsync();

        // The default network 2→8→1 has 2·8 + 8 + 8·1 + 1 = 33 parameters: «33 параметри», not «33 параметрів».
        Assert.EndsWith("33 параметри", await page.InnerTextAsync("#points-count"));
        // The page's helper against the Ukrainian rule (as UkrainianPlural in C#): 1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25 … → many.
        var forms = await page.EvaluateAsync<string[]>("() => [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 33, 65, 101, 111, 1026].map(n => ukCount(n, 'крок', 'кроки', 'кроків'))");
        Assert.Equal(["1 крок", "2 кроки", "4 кроки", "5 кроків", "11 кроків", "12 кроків", "14 кроків", "21 крок", "22 кроки", "25 кроків",
            "33 кроки", "65 кроків", "101 крок", "111 кроків", "1026 кроків"], forms);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task It_loads_from_the_server_alone_and_draws_the_field_the_network_and_the_formulas()
    {
        var (page, problems) = await OpenAsync();

        Assert.Equal("NnLesson · майданчик", await page.TitleAsync());
        using var field = await ShotAsync(page.Locator("#field"), "field_untrained.png");
        PngAssert.AssertNotBlank(field, "the probability field");
        using var network = await ShotAsync(page.Locator("#network"), "network_untrained.png");
        PngAssert.AssertNotBlank(network, "the network with its unit maps");
        Assert.Contains("Прямий прохід", await page.InnerTextAsync("#formulas"));
        Assert.Contains("ln 2", await page.InnerTextAsync("#formulas"));
        Assert.Equal("nnlesson slide5-train --dataset moons --samples 300 --noise 0.2 --hidden 8 --lr 0.5 --epochs 1 --seed 42",
            await page.InnerTextAsync("#command"));
        Assert.Contains("seed=42", page.Url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "page_uk_untrained.png"), FullPage = true });
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Play_trains_the_loss_falls_and_the_boundary_moves()
    {
        var (page, problems) = await OpenAsync("?speed=200");
        var before = await TrainLossAsync(page);
        using var untrained = await ShotAsync(page.Locator("#field"), "field_before.png");

        await page.ClickAsync("#play");
        var epoch = await WaitForEpochAsync(page, e => e >= 300, 60_000);
        await page.ClickAsync("#play"); // pause
        await page.WaitForFunctionAsync("() => document.getElementById('play').textContent === '▶ Навчати'"); // the paused frame arrived
        var after = await TrainLossAsync(page);

        Assert.True(after < 0.5 * before, $"loss {before:F4} → {after:F4} after {epoch} epochs");
        Assert.Contains($"--epochs {await page.EvaluateAsync<string>("() => document.body.dataset.epoch")}", await page.InnerTextAsync("#command"));
        using var trained = await ShotAsync(page.Locator("#field"), "field_trained.png");
        Assert.True(Difference(untrained, trained) > 0.05, "the probability field did not change while training");
        await ShotAsync(page.Locator("#loss"), "loss_trained.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "page_uk_trained.png"), FullPage = true });
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Controls_change_the_run_and_the_learning_rate_changes_without_a_reset()
    {
        var (page, problems) = await OpenAsync("?speed=60");
        var reluLoss = await TrainLossAsync(page);

        await page.SelectOptionAsync("#activation", "tanh");
        await page.WaitForFunctionAsync($"() => document.body.dataset.trainLoss !== '{reluLoss.ToString("R", CultureInfo.InvariantCulture)}'");
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.body.dataset.epoch"));
        Assert.Contains("activation=tanh", page.Url);

        await page.ClickAsync("#layers-plus");
        await page.WaitForSelectorAsync("#units-1");
        Assert.Contains("units=8%2C8", page.Url);
        await page.ClickAsync("#units-plus-1");
        await page.WaitForFunctionAsync("() => document.getElementById('units-1').textContent === '9'");

        await page.ClickAsync("#play");
        await WaitForEpochAsync(page, e => e >= 20);
        await page.SelectOptionAsync("#lr", "0.1");
        var kept = await WaitForEpochAsync(page, e => e >= 25);
        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => document.getElementById('play').textContent === '▶ Навчати'");
        Assert.True(kept >= 25, "changing η must not reset the run");
        Assert.Contains("lr=0.1", page.Url);
        Assert.Contains("η змінювали", await page.InnerTextAsync("#command-note"));

        await page.ClickAsync("#reset");
        await WaitForEpochAsync(page, e => e == 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "page_two_layers_tanh.png"), FullPage = true });
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_url_restores_a_state_and_its_numbers_are_the_engines()
    {
        const string query = "?dataset=xor&noise=0.3&points=120&split=0.25&seed=5&units=4,3&activation=sigmoid&lr=0.3&batch=10&l2=0.001&speed=5&lang=en";
        var (page, problems) = await OpenAsync(query);

        Assert.Equal("xor", await page.InputValueAsync("#dataset"));
        Assert.Equal("sigmoid", await page.InputValueAsync("#activation"));
        Assert.Equal("10", await page.InputValueAsync("#batch"));
        Assert.Equal("5", await page.InputValueAsync("#seed"));
        Assert.Equal("4", await page.InnerTextAsync("#units-0"));
        Assert.Equal("3", await page.InnerTextAsync("#units-1"));
        Assert.Equal("▶ Train", await page.InnerTextAsync("#play"));

        // The loss the page shows is the loss Core computes for these settings, independently of the server.
        var expected = new PlaygroundRun(PlaygroundSettings.Default with
        {
            Dataset = DatasetKind.Xor, Noise = 0.3, Points = 120, ValidationFraction = 0.25, Seed = 5, Units = [4, 3], Activation = HiddenActivation.Sigmoid,
            LearningRate = 0.3, Batch = 10, L2 = 0.001, StepsPerSecond = 5,
        });
        Assert.Equal(expected.TrainLoss[0], await TrainLossAsync(page));
        await page.ClickAsync("#step");
        await WaitForEpochAsync(page, e => e == 1);
        expected.Step();
        Assert.Equal(expected.TrainLoss[1], await TrainLossAsync(page));
        Assert.Contains("layers", await page.InnerTextAsync("#command-note"));
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_language_switches_between_uk_and_en_and_stays_in_the_url()
    {
        var (page, problems) = await OpenAsync();
        Assert.Equal("▶ Навчати", await page.InnerTextAsync("#play"));
        Assert.Equal("uk", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync("#lang-en");
        Assert.Equal("▶ Train", await page.InnerTextAsync("#play"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("lang=en", page.Url);
        Assert.Contains("Forward pass", await page.InnerTextAsync("#formulas"));
        Assert.EndsWith("--lang en", await page.InnerTextAsync("#command"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "page_en.png"), FullPage = true });

        await page.ReloadAsync();
        await WaitForEpochAsync(page, e => e == 0);
        Assert.Equal("▶ Train", await page.InnerTextAsync("#play"));
        await page.ClickAsync("#lang-uk");
        Assert.Equal("Прямий прохід", (await page.InnerTextAsync("#formulas")).Split('\n')[0].Trim());
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicks_add_and_remove_points_and_the_url_carries_them()
    {
        var (page, problems) = await OpenAsync();
        var before = await page.InnerTextAsync("#points-count");
        Assert.StartsWith("навчальних точок 240,", before);

        await page.CheckAsync("input[name=click][value='1']");
        await page.Locator("#field").ClickAsync(new LocatorClickOptions { Position = new Position { X = 30, Y = 30 } });
        await page.WaitForFunctionAsync("() => document.getElementById('points-count').textContent.startsWith('навчальних точок 241')");
        Assert.Contains("edits=a", page.Url);

        await page.CheckAsync("input[name=click][value='remove']");
        await page.Locator("#field").ClickAsync(new LocatorClickOptions { Position = new Position { X = 30, Y = 30 } });
        await page.WaitForFunctionAsync("() => document.getElementById('points-count').textContent.startsWith('навчальних точок 240')");
        Assert.Contains("r%2Ct%2C240", page.Url);

        await page.ReloadAsync();
        await WaitForEpochAsync(page, e => e == 0);
        Assert.StartsWith("навчальних точок 240,", await page.InnerTextAsync("#points-count"));
        Assert.Contains("додані/прибрані точки", await page.InnerTextAsync("#command-note"));
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Export_saves_a_png_of_the_field_the_network_and_the_loss()
    {
        var (page, problems) = await OpenAsync();
        await page.ClickAsync("#step");
        await WaitForEpochAsync(page, e => e == 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.Equal("nnlesson_playground_moons_epoch1.png", download.SuggestedFilename);
        var path = Path.Combine(Shots, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var png = PngAssert.IsFigure(path, 1600, 900);
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    /// <summary>The share of sampled pixels that differ noticeably between two same-sized images.</summary>
    private static double Difference(SKBitmap a, SKBitmap b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var differing = 0;
        var samples = 0;
        for (var y = 0; y < a.Height; y += 4)
        {
            for (var x = 0; x < a.Width; x += 4)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                differing += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 30 ? 1 : 0;
                samples++;
            }
        }
        return (double)differing / samples;
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
