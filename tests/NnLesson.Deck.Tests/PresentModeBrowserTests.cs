using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NnLesson.Deck.Tests;

/// <summary>
/// Present mode of the deck page (index.html#present, key P) in chromium at projector sizes: every manifest figure is
/// one step, in order, filling at least 85 % of the screen's width or height under its heading, nothing cut off,
/// nothing scrolls; arrows, PageUp/PageDown and clicks step; N shows the run's numbers; printing gives one figure a page.
/// </summary>
public partial class PresentModeBrowserTests(DeckRun run) : IClassFixture<DeckRun>
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("NNLESSON_DECK_SCREENSHOTS");

    [BrowserTheory]
    [InlineData(1280, 720)]
    [InlineData(1600, 900)]
    [InlineData(1920, 1080)]
    [InlineData(1280, 800)]  // 16:10
    [InlineData(1920, 1200)] // 16:10
    public async Task Every_figure_is_one_step_that_fills_the_screen_without_scrolling(int width, int height)
    {
        var folder = run.Folder("uk");
        var files = Figures(folder);
        var (playwright, context) = await Browser.StartAsync();
        using var _ = playwright;
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri + "#present", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        for (var k = 0; k < files.Count; k++)
        {
            var s = await page.EvaluateAsync<StepState>(StateScript);
            var where = $"{width}×{height}, step {k + 1} ({files[k]})";
            if (ScreenshotFolder is { Length: > 0 })
            {
                Directory.CreateDirectory(ScreenshotFolder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"present-{width}x{height}-{k + 1:D2}.png") });
            }
            Assert.Equal(k + 1, s.Step);
            Assert.Equal(files[k], Uri.UnescapeDataString(s.File));
            Assert.Equal(1, s.VisibleFigures);
            Assert.True(s.Loaded, $"{where}: the figure did not load");
            Assert.True(s.W >= 0.85 * width || s.H >= 0.85 * height, $"{where}: the figure is {s.W:F0}×{s.H:F0}, under 85 % of the screen both ways");
            Assert.True(s.X >= 0 && s.Y >= 0 && s.X + s.W <= width + 0.5 && s.Y + s.H <= height + 0.5, $"{where}: the figure at ({s.X:F0}, {s.Y:F0}) {s.W:F0}×{s.H:F0} leaves the screen");
            Assert.True(s.Y >= s.HeadBottom - 0.5, $"{where}: the figure (top {s.Y:F0}) covers the heading (bottom {s.HeadBottom:F0})");
            Assert.True(s.HeadRight <= width + 0.5 && s.HeadBottom <= height, $"{where}: the heading or formulas leave the screen");
            Assert.False(s.HeadingClipped, $"{where}: the heading or a formula is cut off");
            Assert.InRange(s.W / s.H, s.Aspect * 0.99, s.Aspect * 1.01);
            Assert.True(s.ScrollWidth <= width && s.ScrollHeight <= height, $"{where}: the page scrolls ({s.ScrollWidth}×{s.ScrollHeight})");
            // Step on with the three things a presenter uses: the arrow, the remote's PageDown, a click.
            switch (k % 3)
            {
                case 0: await page.Keyboard.PressAsync("ArrowRight"); break;
                case 1: await page.Keyboard.PressAsync("PageDown"); break;
                default: await page.Mouse.ClickAsync(width / 2f, height / 2f); break;
            }
        }
        Assert.Equal(files.Count, await Step(page)); // past the last step it stays there
        await page.Keyboard.PressAsync("PageUp");
        Assert.Equal(files.Count - 1, await Step(page));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(files.Count - 2, await Step(page));
    }

    [BrowserFact]
    public async Task P_opens_it_from_the_handout_N_shows_the_runs_numbers_and_Escape_leaves()
    {
        var folder = run.Folder("uk");
        var (playwright, context) = await Browser.StartAsync();
        using var _ = playwright;
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri + "#s-slide4");
        await page.Keyboard.PressAsync("p");
        // The first figure of slide 4 (the slide on screen).
        var files = Figures(folder);
        Assert.Equal(files.IndexOf("slide4_hidden.png") + 1, await Step(page));
        Assert.EndsWith($"#present-{files.IndexOf("slide4_hidden.png") + 1}", page.Url);

        Assert.False(await page.IsVisibleAsync("#notes"));
        await page.Keyboard.PressAsync("n");
        Assert.True(await page.IsVisibleAsync("#notes"));
        var notes = await page.InnerTextAsync("#notes");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        Assert.Contains("Слайд 4", notes);
        Assert.Contains("slide4_hidden.png", notes);
        var fraction = (double)manifest["metrics"]!["slide4"]!["plane_fraction_class1"]!; // a number of the run, in Ukrainian
        Assert.Contains($"частка площини з класом 1: {NnLesson.Figures.Text.NumberText.Significant(fraction, 4, NnLesson.Language.Lang.Uk)}", notes);
        await page.Keyboard.PressAsync("ArrowRight"); // the notes follow the step
        Assert.Contains(files[files.IndexOf("slide4_hidden.png") + 1], await page.InnerTextAsync("#notes"));

        // S: the notes in a second window (for the presenter's screen), following the steps too.
        var popup = await page.RunAndWaitForPopupAsync(() => page.Keyboard.PressAsync("s"));
        Assert.Contains(files[files.IndexOf("slide4_hidden.png") + 1], await popup.InnerTextAsync("body"));
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Contains(files[files.IndexOf("slide4_hidden.png") + 2], await popup.InnerTextAsync("body"));

        await page.Keyboard.PressAsync("Escape");
        Assert.Null(await page.GetAttributeAsync("body", "data-step"));
        Assert.False(await page.IsVisibleAsync("#notes"));
        var lastShown = manifest["figures"]![files.IndexOf("slide4_hidden.png") + 2]!["slide"]!.GetValue<string>();
        Assert.Equal("s-" + lastShown, await page.GetAttributeAsync("body", "data-current")); // the handout opens where the show was
        Assert.True(await page.IsVisibleAsync("nav.bar"));
    }

    [BrowserFact]
    public async Task Printing_gives_the_cover_then_one_figure_per_page()
    {
        var folder = run.Folder("uk");
        var (playwright, context) = await Browser.StartAsync();
        using var _ = playwright;
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        if (ScreenshotFolder is { Length: > 0 })
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await File.WriteAllBytesAsync(Path.Combine(ScreenshotFolder, "deck-print.pdf"), pdf);
        }
        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        Assert.Equal(Figures(folder).Count + 1, pages);

        // As printed: every figure starts a page and shows its slide's heading; the handout's prose, tables and code do not print.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var figures = await page.EvaluateAsync<string[][]>(
            "() => Array.from(document.querySelectorAll('section.slide figure')).map(f => [getComputedStyle(f).breakBefore, getComputedStyle(f, '::before').content, String(f.offsetParent !== null)])");
        Assert.Equal(Figures(folder).Count, figures.Length);
        Assert.All(figures, f => Assert.Equal(["page", "true"], [f[0], f[2]]));
        Assert.All(figures, f => Assert.StartsWith("\"", f[1])); // the heading from data-print
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('.shows, h3, table.numbers, details.code, nav.bar')).filter(e => e.offsetParent !== null).length"));
    }

    private const string StateScript = """
        () => {
          const figures = Array.from(document.querySelectorAll('section.slide figure')).filter(f => f.offsetParent !== null);
          const f = document.querySelector('figure.current');
          const img = f.querySelector('img');
          const r = img.getBoundingClientRect();
          const section = f.closest('section');
          const head = Array.from(section.querySelectorAll(':scope > h2, :scope > .formulas .formula'));
          const rects = head.map(e => e.getBoundingClientRect());
          return {
            step: Number(document.body.dataset.step), file: img.getAttribute('src'), visibleFigures: figures.length,
            loaded: img.complete && img.naturalWidth > 0,
            x: r.left, y: r.top, w: r.width, h: r.height, aspect: img.naturalWidth / img.naturalHeight,
            headBottom: Math.max(...rects.map(q => q.bottom)), headRight: Math.max(...rects.map(q => q.right)),
            headingClipped: head.some(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1),
            scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
          };
        }
        """;

    private static async Task<int> Step(IPage page) => int.Parse(await page.GetAttributeAsync("body", "data-step") ?? "0");

    private static List<string> Figures(string folder) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["figures"]!.AsArray().Select(f => (string)f!["file"]!)];

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    /// <summary>One step as the page shows it (filled by Playwright from the script's result).</summary>
    public sealed class StepState
    {
        public int Step { get; set; }
        public string File { get; set; } = "";
        public int VisibleFigures { get; set; }
        public bool Loaded { get; set; }
        public double X { get; set; }
        public double Y { get; set; }
        public double W { get; set; }
        public double H { get; set; }
        public double Aspect { get; set; }
        public double HeadBottom { get; set; }
        public double HeadRight { get; set; }
        public bool HeadingClipped { get; set; }
        public double ScrollWidth { get; set; }
        public double ScrollHeight { get; set; }
    }
}
