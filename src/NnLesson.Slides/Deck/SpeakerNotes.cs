using NnLesson.Figures;

namespace NnLesson.Slides.Deck;

/// <summary>
/// What the speaker sees beside a step (lecture.pptx's notes, the deck page's notes in present mode): the figure's
/// file, what the slide shows, then the run's numbers, one "name: value" a line.
/// </summary>
public static class SpeakerNotes
{
    public static IReadOnlyList<string> Lines(DeckStep step, Lang lang)
    {
        var lines = new List<string> { step.File };
        if (step.Shows is { } shows)
        {
            lines.Add(shows);
        }
        if (step.Numbers.Count > 0)
        {
            lines.Add(DeckTexts.RunNumbers.For(lang));
            lines.AddRange(step.Numbers.Select(n => $"{n.Name}: {n.Value}"));
        }
        return lines;
    }
}
