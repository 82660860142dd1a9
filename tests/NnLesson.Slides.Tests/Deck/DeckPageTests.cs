using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NnLesson.Slides.Deck;

namespace NnLesson.Slides.Tests.Deck;

/// <summary>The deck page's HTML: escaped text, exactly the manifest's figures, the slides' code, nothing external.</summary>
public partial class DeckPageTests
{
    private static JsonNode Manifest(params (string File, string Slide)[] figures) => new JsonObject
    {
        ["parameters"] = new JsonObject { ["seed"] = 42, ["lang"] = "uk", ["size"] = "960x540" },
        ["figures"] = new JsonArray([.. figures.Select(f => (JsonNode)new JsonObject
        {
            ["file"] = f.File, ["slide"] = f.Slide, ["width"] = 960, ["height"] = 540, ["sha256"] = "00",
        })]),
        ["metrics"] = new JsonObject
        {
            ["slide3"] = new JsonObject { ["AND"] = new JsonObject { ["converged"] = true, ["epochs"] = 6, ["w1"] = 0.26812 } },
        },
    };

    private static readonly DeckSlide[] TwoSlides =
    [
        new("slide3", new Localized("Перцептрон", "Perceptron")),
        new("slide4", new Localized("MLP", "MLP")),
    ];

    [GeneratedRegex("<img src=\"([^\"]*)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("(?:src|href|action|poster)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AnyReference();

    [Fact]
    public void Lists_exactly_the_manifests_figures_in_order_under_their_slides()
    {
        var manifest = Manifest(("slide3_and.png", "slide3"), ("slide3_and.gif", "slide3"), ("slide4_hidden.png", "slide4"));
        var html = DeckPage.Build(manifest, Lang.Uk, TwoSlides);

        Assert.Equal(["slide3_and.png", "slide3_and.gif", "slide4_hidden.png"], ImageSource().Matches(html).Select(m => m.Groups[1].Value));
        var slide3 = Section(html, "slide3");
        Assert.Contains("slide3_and.gif", slide3);
        Assert.DoesNotContain("slide4_hidden.png", slide3);
    }

    [Fact]
    public void A_slide_without_figures_says_so_and_a_manifest_slide_outside_the_list_is_added_at_the_end()
    {
        var html = DeckPage.Build(Manifest(("slide9_extra.png", "slide9")), Lang.En, TwoSlides);
        Assert.Contains("This run made no figures for this slide.", Section(html, "slide3"));
        Assert.Contains("slide9_extra.png", Section(html, "slide9"));
        Assert.True(html.IndexOf("data-slide=\"slide4\"", StringComparison.Ordinal) < html.IndexOf("data-slide=\"slide9\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var evil = new DeckSlide("slide3", new Localized("<script>alert('x')</script> & \"Co\"", "<b>bold</b>"));
        var manifest = Manifest(("a\"><script>x</script>.png", "slide3"));
        manifest["metrics"]!["slide3"]!["<img src=x onerror=alert(1)>"] = "<i>v</i>";

        var html = DeckPage.Build(manifest, Lang.Uk, [evil], _ => ("evil.cs", "if (a < b && c > d) { Console.WriteLine(\"</code></pre><script>\"); }"));

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html);
        Assert.Contains("if (a &lt; b &amp;&amp; c &gt; d)", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        // The only script element is the page's own, and the only images are the figures.
        Assert.Single(Regex.Matches(html, "<script>"));
        Assert.Single(Regex.Matches(html, "<img "));
        Assert.DoesNotContain("onerror=alert(1)>", html.Replace("&lt;img src=x onerror=alert(1)&gt;", ""));
    }

    [Fact]
    public void References_nothing_outside_the_output_folder()
    {
        var html = DeckPage.Build(Manifest(("slide3_and.png", "slide3")), Lang.Uk, TwoSlides);
        foreach (Match m in AnyReference().Matches(html))
        {
            var target = m.Groups[1].Value;
            Assert.True(target.StartsWith('#') || !target.Contains(':') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith('/'),
                $"external or absolute reference: {target}");
        }
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("default-src 'none'", html); // the page forbids itself any fetch
    }

    [Fact]
    public void Speaks_the_run_language()
    {
        // Decoded as a browser would: the escaper writes "·" as &#183;.
        var uk = WebUtility.HtmlDecode(DeckPage.Build(Manifest(), Lang.Uk, TwoSlides));
        var en = WebUtility.HtmlDecode(DeckPage.Build(Manifest(), Lang.En, TwoSlides));
        Assert.Contains("<html lang=\"uk\">", uk);
        Assert.Contains("Слайд 3 · Перцептрон", uk);
        Assert.Contains("<html lang=\"en\">", en);
        Assert.Contains("Slide 3 · Perceptron", en);
        Assert.Contains("так", Section(uk, "slide3")); // converged = true, in Ukrainian
        Assert.Contains("0,2681", Section(uk, "slide3"));
        Assert.Contains("0.2681", Section(en, "slide3"));
    }

    [Fact]
    public void Each_figure_carries_its_slides_heading_and_formulas_for_printing_and_the_page_offers_present_mode()
    {
        var html = WebUtility.HtmlDecode(DeckPage.Build(Manifest(("slide3_and.png", "slide3"), ("slide4_hidden.png", "slide4")), Lang.Uk, TwoSlides));
        Assert.Contains("<figure data-print=\"Слайд 3 · Перцептрон\nz = w₁·x₁ + w₂·x₂ + b\n", Section(html, "slide3"));
        Assert.Contains("<figure data-print=\"Слайд 4 · MLP\nH = ReLU(", Section(html, "slide4"));
        Assert.Contains(">Показ (P)</button>", html);
        Assert.Contains("<aside id=\"notes\" hidden data-title=\"Нотатки\">", html);
        Assert.Contains("P — показ", html); // the cover says how
    }

    [Fact]
    public void Embeds_the_slide_programs_as_they_were_at_build_time()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "slides"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, SlideSources.FileNames);
        // Every slide of the catalogue has its program (teach: slides/teach_own_photos.cs).
        foreach (var entry in SlideCatalogue.All)
        {
            var source = SlideSources.For(entry.Id);
            Assert.True(source is not null, $"{entry.Id} has no program in slides/");
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "slides", source!.Value.FileName)), source.Value.Text);
        }
        Assert.Equal("slide5_train_gd.cs", SlideSources.For("slide5-train")!.Value.FileName);
        Assert.Equal("slide5_activations.cs", SlideSources.For("slide5-activations")!.Value.FileName);
        Assert.Null(SlideSources.For("slide99"));
        var html = DeckPage.Build(Manifest(), Lang.Uk, TwoSlides);
        Assert.Contains("slides/slide3_perceptron_gate.cs", Section(html, "slide3"));
        Assert.Contains("var script = SlideScript.Parse(args, \"slide3\");", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void Write_reads_the_runs_manifest_and_writes_the_page_atomically()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "manifest.json"), Manifest(("slide3_and.png", "slide3")).ToJsonString());
        File.WriteAllText(Path.Combine(folder, "slide4_old.png"), "a figure of an earlier run");

        var path = DeckPage.Write(folder, Lang.En, TwoSlides);

        Assert.Equal(Path.Combine(folder, "index.html"), path);
        var html = File.ReadAllText(path);
        Assert.Equal(["slide3_and.png"], ImageSource().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Equal(["index.html", "manifest.json", "slide4_old.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The HTML of one slide's section.</summary>
    private static string Section(string html, string slideId)
    {
        var start = html.IndexOf($"data-slide=\"{slideId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {slideId}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
