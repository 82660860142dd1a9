namespace NnLesson.Language;

/// <summary>A piece of text in both languages (console or figure); <see cref="For"/> picks the run's.</summary>
public readonly record struct Localized(string Uk, string En)
{
    public string For(Lang lang) => lang == Lang.Uk ? Uk : En;
}
