using NnLesson.Figures;

namespace NnLesson.Slides.Deck;

/// <summary>One slide as the deck page lists it: its id (the command's name) and title.</summary>
public sealed record DeckSlide(string Id, Localized Title)
{
    /// <summary>The slide's number in the lecture, from its id ("slide5-train" → "5"), or null.</summary>
    public string? Number
    {
        get
        {
            var digits = new string(Id.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
            return digits.Length > 0 ? digits : null;
        }
    }
}
