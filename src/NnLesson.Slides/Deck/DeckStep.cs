using NnLesson.Figures;

namespace NnLesson.Slides.Deck;

/// <summary>
/// One step of the lecture as it is presented (present mode of the deck page, one slide of lecture.pptx): one figure
/// or animation of one lecture slide, with that slide's heading and formulas and, for the speaker, what the slide
/// shows and the run's numbers (the manifest's metrics of the slide, <see cref="KeyNumbers"/>).
/// </summary>
public sealed record DeckStep(
    DeckSlide Slide,
    string Heading,
    string File,
    int Width,
    int Height,
    IReadOnlyList<string> Formulas,
    string? Shows,
    IReadOnlyList<(string Name, string Value)> Numbers)
{
    public bool IsAnimation => File.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
}
