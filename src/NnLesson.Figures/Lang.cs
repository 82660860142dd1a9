namespace NnLesson.Figures;

/// <summary>The language of figure text. Ukrainian first (the lecture's language), English on request.</summary>
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
}
