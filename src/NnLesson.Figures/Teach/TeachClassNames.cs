namespace NnLesson.Figures.Teach;

/// <summary>
/// How a class (a folder name) reads in the run's language. The folders are the user's own names and are shown as
/// they are, except the lecture's demo set (hymenoptera: ants / bees, the PyTorch transfer-learning tutorial's),
/// whose English folder names a Ukrainian room reads as мурахи / бджоли on the figures and in the console.
/// </summary>
public static class TeachClassNames
{
    private static readonly Dictionary<string, Localized> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ants"] = new("мурахи", "ants"),
        ["bees"] = new("бджоли", "bees"),
    };

    /// <summary>The class's name on a figure: «мурахи» for the folder "ants" in a uk run, the folder name otherwise.</summary>
    public static string For(string folder, Lang lang) => Known.TryGetValue(folder, out var name) ? name.For(lang) : folder;

    public static IReadOnlyList<string> For(IReadOnlyList<string> folders, Lang lang) => [.. folders.Select(f => For(f, lang))];

    /// <summary>The class in running text: «мурахи (ants)» in a uk run (the folder in parentheses), the folder name otherwise.</summary>
    public static string WithFolder(string folder, Lang lang) => For(folder, lang) is var name && name != folder ? $"{name} ({folder})" : folder;
}
