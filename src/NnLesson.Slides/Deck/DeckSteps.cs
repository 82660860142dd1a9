using System.Text.Json.Nodes;
using NnLesson.Figures;

namespace NnLesson.Slides.Deck;

/// <summary>The run's figures as presentation steps, in the lecture's order (the deck page's order).</summary>
public static class DeckSteps
{
    /// <param name="manifest">The run's manifest: figures [{file, slide, width, height, sha256}] and metrics.</param>
    /// <param name="slides">The lecture's slides in order; a slide in the manifest but not here comes last.</param>
    public static IReadOnlyList<DeckStep> Of(JsonNode manifest, Lang lang, IEnumerable<DeckSlide> slides)
    {
        var figures = Figures(manifest);
        var steps = new List<DeckStep>();
        foreach (var slide in Ordered(figures, slides))
        {
            var texts = DeckTexts.For(slide.Id, lang);
            var numbers = KeyNumbers.Of(manifest["metrics"]?[slide.Id], lang);
            foreach (var figure in figures.Where(f => (string)f["slide"]! == slide.Id))
            {
                steps.Add(new DeckStep(slide, Heading(slide, lang), (string)figure["file"]!, (int)figure["width"]!, (int)figure["height"]!,
                    texts?.Formulas ?? [], texts?.Shows.For(lang), numbers));
            }
        }
        return steps;
    }

    internal static List<JsonObject> Figures(JsonNode manifest) =>
        manifest["figures"]?.AsArray().Select(f => f!.AsObject()).ToList() ?? [];

    /// <summary>The given slides, then any slide the manifest has figures for that the list lacks (titled by its id).</summary>
    internal static List<DeckSlide> Ordered(IReadOnlyList<JsonObject> figures, IEnumerable<DeckSlide> slides)
    {
        var ordered = slides.ToList();
        foreach (var id in figures.Select(f => (string)f["slide"]!).Distinct())
        {
            if (ordered.All(s => s.Id != id))
            {
                ordered.Add(new DeckSlide(id, new Localized(id, id)));
            }
        }
        return ordered;
    }

    /// <summary>"Слайд 3 · Перцептрон: …" (the number from the id, when it has one).</summary>
    internal static string Heading(DeckSlide slide, Lang lang) =>
        slide.Number is { } n ? $"{DeckTexts.Slide.For(lang)} {n} · {slide.Title.For(lang)}" : slide.Title.For(lang);
}
