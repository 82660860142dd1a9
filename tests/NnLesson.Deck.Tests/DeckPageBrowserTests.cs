using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NnLesson.Deck.Tests;

/// <summary>
/// The page `nnlesson all` writes, opened from disk in chromium: every figure loads, no request leaves the
/// folder (and none fails), the keys move between slides, the text follows --lang.
/// </summary>
public class DeckPageBrowserTests(DeckRun run) : IClassFixture<DeckRun>
{
    /// <summary>Set NNLESSON_DECK_SCREENSHOTS to a folder to keep screenshots of the page for a human to look at.</summary>
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("NNLESSON_DECK_SCREENSHOTS");

    [BrowserTheory]
    [InlineData("uk")]
    [InlineData("en")]
    public async Task Every_figure_loads_from_the_folder_and_nothing_else_is_requested(string lang)
    {
        var folder = run.Folder(lang);
        var (playwright, context) = await Browser.StartAsync();
        using var _ = playwright;
        await using var __ = context;
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var failures = new List<string>();
        var consoleErrors = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        page.RequestFailed += (_, r) => failures.Add($"{r.Url}: {r.Failure}");
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add(m.Text);
            }
        };

        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
        var expected = manifest["figures"]!.AsArray().Select(f => (string)f!["file"]!).ToList();
        var images = await page.EvaluateAsync<ImageState[]>(
            "() => Array.from(document.images).map(i => ({ src: i.getAttribute('src'), complete: i.complete, naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight }))");
        Assert.Equal(expected, images.Select(i => Uri.UnescapeDataString(i.Src)));
        foreach (var image in images)
        {
            Assert.True(image.Complete && image.NaturalWidth > 0 && image.NaturalHeight > 0, $"{image.Src} did not load");
        }
        Assert.Contains(expected, f => f.EndsWith(".gif", StringComparison.Ordinal));

        Assert.Empty(failures);
        Assert.Empty(consoleErrors);
        Assert.All(requests, url => Assert.StartsWith("file://", url));
        var requested = requests.Select(u => Path.GetFileName(Uri.UnescapeDataString(new Uri(u).LocalPath))).ToHashSet();
        Assert.Superset(requested, expected.Append("index.html").ToHashSet());
        Assert.Subset(expected.Append("index.html").ToHashSet(), requested);

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        var title = await page.InnerTextAsync("h1");
        Assert.Equal(lang == "uk" ? "Нейронні мережі: від теорії до практичного рішення" : "Neural networks: from theory to a practical solution", title);
        if (ScreenshotFolder is { Length: > 0 })
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"deck-{lang}-cover.png") });
        }
    }

    [BrowserFact]
    public async Task Arrow_keys_move_between_slides_one_at_a_time()
    {
        var folder = run.Folder("uk");
        var (playwright, context) = await Browser.StartAsync();
        using var _ = playwright;
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);

        var ids = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('section.slide')).map(s => s.id)");
        Assert.Equal("cover", ids[0]);
        Assert.Equal(NnLesson.Slides.SlideCatalogue.All.Select(e => "s-" + e.Id), ids[1..]); // one section per catalogue entry, in order

        async Task<string> Current()
        {
            var visible = await page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('section.slide')).filter(s => s.offsetParent !== null).map(s => s.id)");
            Assert.Single(visible);
            Assert.Equal(visible[0], await page.GetAttributeAsync("body", "data-current"));
            return visible[0];
        }

        Assert.Equal("cover", await Current());
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("s-slide3", await Current());
        Assert.True(await page.IsVisibleAsync("#s-slide3 img[src='slide3_and.gif']"));
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("s-slide4", await Current());
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("s-slide3", await Current());
        await page.Keyboard.PressAsync("End");
        Assert.Equal("s-" + NnLesson.Slides.SlideCatalogue.All[^1].Id, await Current()); // the last slide
        await page.Keyboard.PressAsync("ArrowRight"); // stays on the last slide
        Assert.Equal("s-" + NnLesson.Slides.SlideCatalogue.All[^1].Id, await Current()); // the last slide
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("cover", await Current());
        await page.Keyboard.PressAsync("ArrowLeft"); // stays on the first
        Assert.Equal("cover", await Current());

        // F asks for full screen and F again leaves it.
        await page.Keyboard.PressAsync("f");
        await page.WaitForFunctionAsync("() => document.fullscreenElement !== null");
        await page.Keyboard.PressAsync("f");
        await page.WaitForFunctionAsync("() => document.fullscreenElement === null");

        // A link to a slide (the # in the address) opens on that slide.
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri + "#s-slide5-train");
        await page.ReloadAsync();
        Assert.Equal("s-slide5-train", await Current());
        if (ScreenshotFolder is { Length: > 0 })
        {
            foreach (var id in ids)
            {
                await page.EvaluateAsync($"() => {{ location.hash = '#{id}'; }}");
                await page.WaitForFunctionAsync($"() => document.body.getAttribute('data-current') === '{id}'");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"deck-uk-{id}.png"), FullPage = true });
            }
        }
    }

    /// <summary>What the page says about one &lt;img&gt; (Playwright fills it from the script's result).</summary>
    public sealed class ImageState
    {
        public string Src { get; set; } = "";
        public bool Complete { get; set; }
        public int NaturalWidth { get; set; }
        public int NaturalHeight { get; set; }
    }
}
