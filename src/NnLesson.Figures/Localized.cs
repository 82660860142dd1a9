namespace NnLesson.Figures;

/// <summary>A piece of figure text in both languages; figures pick one with <see cref="For"/>.</summary>
public readonly record struct Localized(string Uk, string En)
{
    public string For(Lang lang) => lang == Lang.Uk ? Uk : En;
}
