using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NnLesson.Figures;
using NnLesson.Files;
using NnLesson.Slides.Manifest;

namespace NnLesson.Slides.Deck;

/// <summary>
/// <c>index.html</c>: the whole lecture on one offline page, written by <c>all</c> after the manifest.
/// A cover, then every slide in the catalogue's order with its title, what it shows, its formulas, its key
/// numbers (the manifest's metrics), its figures and animations (exactly the manifest's figures, referenced
/// relatively) and its program's code. Nothing is fetched: the CSS and script are inline, fonts are the
/// system's. Arrow keys move between slides, F toggles full screen. Every text is HTML-escaped.
/// Present mode (<c>index.html#present</c> or P): every figure one step filling the screen under its slide's heading
/// and formulas, the run's numbers on N or in a second window (S); printing gives one figure per page (deck.js, deck.css).
/// </summary>
public static class DeckPage
{
    public const string FileName = "index.html";

    /// <summary>Reads <c>manifest.json</c> of the run in <paramref name="outputDirectory"/> and writes the page beside it, atomically; returns its path.</summary>
    public static string Write(string outputDirectory, Lang lang, IEnumerable<DeckSlide> slides)
    {
        var folder = Path.GetFullPath(outputDirectory);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunManifest.FileName)))
            ?? throw new InvalidDataException("manifest.json is empty.");
        var path = Path.Combine(folder, FileName);
        AtomicFile.WriteAllText(path, Build(manifest, lang, slides));
        return path;
    }

    /// <param name="manifest">The run's manifest: parameters, figures [{file, slide, width, height, sha256}], metrics.</param>
    /// <param name="slides">The lecture's slides in order; a slide in the manifest but not here is added at the end.</param>
    /// <param name="sourceFor">The program of a slide (file name, text); the embedded slides/*.cs by default.</param>
    public static string Build(JsonNode manifest, Lang lang, IEnumerable<DeckSlide> slides, Func<string, (string FileName, string Text)?>? sourceFor = null)
    {
        sourceFor ??= SlideSources.For;
        var figures = DeckSteps.Figures(manifest);
        var ordered = DeckSteps.Ordered(figures, slides);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No request may leave the machine: forbid any network fetch outright; images come from this folder.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(E(DeckTexts.LectureTitle.For(lang))).Append("</title>\n<style>\n")
            .Append(SlideSources.Resource("NnLesson.Deck.deck.css")).Append("</style>\n</head>\n<body>\n<main>\n");

        Cover(html, manifest, lang, ordered);
        foreach (var slide in ordered)
        {
            Slide(html, slide, manifest, figures.Where(f => (string)f["slide"]! == slide.Id).ToList(), lang, sourceFor(slide.Id));
        }

        html.Append("</main>\n<nav class=\"bar\"><button type=\"button\" id=\"prev\">").Append(E(DeckTexts.Previous.For(lang)))
            .Append("</button><span id=\"counter\"></span><button type=\"button\" id=\"next\">").Append(E(DeckTexts.Next.For(lang)))
            .Append("</button><button type=\"button\" id=\"fullscreen\">").Append(E(DeckTexts.FullScreen.For(lang)))
            .Append("</button><button type=\"button\" id=\"present-button\">").Append(E(DeckTexts.Present.For(lang))).Append("</button></nav>\n")
            .Append("<aside id=\"notes\" hidden data-title=\"").Append(E(DeckTexts.Notes.For(lang))).Append("\"></aside>\n")
            .Append("<script>\n").Append(SlideSources.Resource("NnLesson.Deck.deck.js")).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, JsonNode manifest, Lang lang, IReadOnlyList<DeckSlide> slides)
    {
        html.Append("<section class=\"slide cover\" id=\"cover\">\n<h1>").Append(E(DeckTexts.LectureTitle.For(lang))).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(E(DeckTexts.Subtitle.For(lang))).Append("</p>\n")
            .Append("<h2>").Append(E(DeckTexts.Contents.For(lang))).Append("</h2>\n<ol class=\"contents\">\n");
        foreach (var slide in slides)
        {
            html.Append("<li><a href=\"#").Append(E(Anchor(slide))).Append("\">").Append(E(Heading(slide, lang))).Append("</a></li>\n");
        }
        html.Append("</ol>\n<h2>").Append(E(DeckTexts.RunParameters.For(lang))).Append("</h2>\n<p class=\"parameters\">");
        var parameters = manifest["parameters"]?.AsObject();
        var shown = new[] { "seed", "lang", "size" }.Where(k => parameters?[k] is JsonValue)
            .Select(k => $"{k} = {Scalar(parameters![k]!, lang)}");
        html.Append(E(string.Join(" · ", shown))).Append("</p>\n<p class=\"keys\">").Append(E(DeckTexts.Keys.For(lang))).Append("</p>\n</section>\n");
    }

    private static void Slide(StringBuilder html, DeckSlide slide, JsonNode manifest, IReadOnlyList<JsonObject> figures, Lang lang,
        (string FileName, string Text)? source)
    {
        html.Append("<section class=\"slide\" id=\"").Append(E(Anchor(slide))).Append("\" data-slide=\"").Append(E(slide.Id)).Append("\">\n")
            .Append("<h2>").Append(E(Heading(slide, lang))).Append("</h2>\n");
        if (DeckTexts.For(slide.Id, lang) is var (shows, formulas))
        {
            html.Append("<p class=\"shows\">").Append(E(shows.For(lang))).Append("</p>\n<div class=\"formulas\" aria-label=\"")
                .Append(E(DeckTexts.Formulas.For(lang))).Append("\">\n");
            foreach (var formula in formulas)
            {
                html.Append("<div class=\"formula\">").Append(E(formula)).Append("</div>\n");
            }
            html.Append("</div>\n");
        }

        html.Append("<h3>").Append(E(DeckTexts.Figures.For(lang))).Append("</h3>\n");
        if (figures.Count == 0)
        {
            html.Append("<p class=\"no-figures\">").Append(E(DeckTexts.NoFigures.For(lang))).Append("</p>\n");
        }
        else
        {
            html.Append("<div class=\"figures\">\n");
            foreach (var figure in figures)
            {
                var file = (string)figure["file"]!;
                var (width, height) = ((int)figure["width"]!, (int)figure["height"]!);
                // data-print: the slide's heading and formulas, printed above the figure on its own page (deck.css).
                html.Append("<figure data-print=\"").Append(E(PrintHeading(slide, lang))).Append("\"><img src=\"").Append(E(Uri.EscapeDataString(file))).Append("\" alt=\"").Append(E(file))
                    .Append("\" width=\"").Append(width.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"").Append(height.ToString(CultureInfo.InvariantCulture))
                    .Append("\"><figcaption>").Append(E($"{file} · {width}×{height}")).Append("</figcaption></figure>\n");
            }
            html.Append("</div>\n");
        }

        var numbers = KeyNumbers.Of(manifest["metrics"]?[slide.Id], lang);
        if (numbers.Count > 0)
        {
            html.Append("<h3>").Append(E(DeckTexts.KeyNumbers.For(lang))).Append("</h3>\n<table class=\"numbers\">\n");
            foreach (var (name, value) in numbers)
            {
                html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }

        if (source is var (fileName, text))
        {
            html.Append("<details class=\"code\"><summary>").Append(E(DeckTexts.Code.For(lang))).Append(": slides/").Append(E(fileName))
                .Append("</summary>\n<pre><code>").Append(E(text)).Append("</code></pre></details>\n");
        }
        html.Append("</section>\n");
    }

    private static string Heading(DeckSlide slide, Lang lang) => DeckSteps.Heading(slide, lang);

    /// <summary>The heading and, one a line, the formulas of a slide.</summary>
    private static string PrintHeading(DeckSlide slide, Lang lang) =>
        string.Join("\n", [Heading(slide, lang), .. DeckTexts.For(slide.Id, lang)?.Formulas ?? []]);

    private static string Anchor(DeckSlide slide) => "s-" + slide.Id;

    internal static string Scalar(JsonNode node, Lang lang) => KeyNumbers.Format(node, lang);

    /// <summary>HTML-escapes text for element content and quoted attributes (&lt; &gt; &amp; " ').</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);
}
