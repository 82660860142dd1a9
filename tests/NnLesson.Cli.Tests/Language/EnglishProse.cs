using System.Text.RegularExpressions;

namespace NnLesson.Cli.Tests.Language;

/// <summary>
/// What counts as English prose in console output: three or more ASCII words in a row (letters only,
/// separated by spaces), in one line or one table cell, after removing what is code rather than prose:
/// quoted text ('…', "…", `…`), options (--model), paths and file names (anything with / or \ or a file
/// extension), and the names a caller declares verbatim (e.g. English ImageNet labels beside a Ukrainian one).
/// "ONNX Runtime (CPU)" is two words and passes; "Shapes of the forward pass" is five and fails.
/// </summary>
public static partial class EnglishProse
{
    public const int MinimumRun = 3;

    /// <summary>The lines of <paramref name="output"/> that contain English prose, each with the offending words.</summary>
    public static IReadOnlyList<string> Find(string output, IEnumerable<string>? verbatim = null)
    {
        var names = (verbatim ?? []).Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        var found = new List<string>();
        foreach (var line in output.Split('\n'))
        {
            // Table borders split a row into cells; a cell never runs into its neighbour.
            foreach (var cell in line.Split('│', '|'))
            {
                var text = cell;
                foreach (var name in names)
                {
                    text = text.Replace(name, " ", StringComparison.Ordinal);
                }
                text = Code().Replace(text, " ");
                var words = Run().Match(text);
                if (words.Success)
                {
                    found.Add($"{line.Trim()}  ← \"{words.Value.Trim()}\"");
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Quoted text, options, paths and file names: code, not prose.</summary>
    [GeneratedRegex(@"'[^']*'|""[^""]*""|`[^`]*`|--[A-Za-z-]+|\S*[/\\]\S*|\S+\.[A-Za-z0-9]{2,4}\b")]
    private static partial Regex Code();

    /// <summary><see cref="MinimumRun"/> or more ASCII words separated by single runs of spaces.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[A-Za-z]+(?: +[A-Za-z]+){2,}(?![\p{L}\p{N}_])")]
    private static partial Regex Run();
}
