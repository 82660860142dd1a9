namespace NnLesson.Playground.Teach;

/// <summary>
/// What a class may be called: 1–<see cref="TeachLimits.MaxClassNameLength"/> characters after trimming, no control
/// characters, no / or \ and not "." or ".." — the name is a folder in the equivalent <c>nnlesson teach DATA</c>
/// (DATA/&lt;class&gt;/photos) and a label in head.json. Names differing only in case are one name (a folder on Windows or macOS).
/// </summary>
public static class ClassNames
{
    public static string Require(string? name)
    {
        var clean = (name ?? "").Trim();
        if (clean.Length == 0 || clean.Length > TeachLimits.MaxClassNameLength)
        {
            throw new TeachRejection($"Назва класу має містити від 1 до {TeachLimits.MaxClassNameLength} символів.",
                $"A class name needs 1 to {TeachLimits.MaxClassNameLength} characters.");
        }
        if (clean.Any(char.IsControl) || clean.IndexOfAny(['/', '\\']) >= 0 || clean is "." or "..")
        {
            throw new TeachRejection($"Назва класу «{clean}» не може бути назвою папки (без / \\ і керувальних символів).",
                $"Class name '{clean}' cannot be a folder name (no / \\ or control characters).");
        }
        return clean;
    }

    public static TeachRejection Duplicate(string name) =>
        new($"Клас «{name}» уже є.", $"There is already a class '{name}'.");
}
