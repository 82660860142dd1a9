namespace NnLesson.Language;

/// <summary>The language of everything the room sees (console, figures, deck, playground). Ukrainian first (the lecture's language), English on request.</summary>
public enum Lang
{
    Uk,
    En,
}

public static class LangNames
{
    /// <summary>Parses "uk" or "en" (any case); anything else is null so the caller can report it.</summary>
    public static Lang? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "uk" or "ua" => Lang.Uk,
        "en" => Lang.En,
        _ => null,
    };

    public static string Code(this Lang lang) => lang == Lang.Uk ? "uk" : "en";

    /// <summary>
    /// The one way text picks its language, on figures and on the console alike: <c>lang.Text("Епоха", "Epoch")</c>
    /// (the same as <see cref="Localized.For"/> on a constant). Numbers inside it come from NnLesson.Figures.Text.NumberText.
    /// </summary>
    public static string Text(this Lang lang, string uk, string en) => new Localized(uk, en).For(lang);
}
