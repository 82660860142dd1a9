using System.CommandLine;
using NnLesson.Figures;

namespace NnLesson.Cli.Commands;

/// <summary>
/// A mistyped command ("nnlesson slid3", "nnlesson model lst") made System.CommandLine say only "Required command
/// was not provided.". This names the word and the nearest command by edit distance (Levenshtein: insertions,
/// deletions, substitutions, each 1), or lists the commands when none is near.
/// </summary>
internal static class CommandSuggestions
{
    /// <summary>The message for an unknown command word, or null when the parse error is about something else.</summary>
    public static string? Describe(ParseResult parse, Lang lang)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (names.Count == 0)
        {
            return null;
        }
        var word = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
        if (word is null)
        {
            return null;
        }
        var prefix = command is RootCommand ? "" : CommandPath(command) + " ";
        var nearest = names.Select(n => (Name: n, Distance: Distance(word.ToLowerInvariant(), n))).MinBy(p => p.Distance);
        // Near enough to be a typo: at most a third of the word's letters wrong (slid3 → slide3: 1 of 5).
        return nearest.Distance <= Math.Max(1, word.Length / 3)
            ? lang.Text($"невідома команда «{word}»; можливо, «{prefix}{nearest.Name}»?", $"unknown command '{word}'; did you mean '{prefix}{nearest.Name}'?")
            : lang.Text($"невідома команда «{word}»; команди: {string.Join(", ", names.Select(n => prefix + n))}.",
                $"unknown command '{word}'; the commands are: {string.Join(", ", names.Select(n => prefix + n))}.");
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c and not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }
        return string.Join(' ', names);
    }

    /// <summary>Levenshtein distance, one row at a time: d[j] = min(d[j] + 1, d[j−1] + 1, diagonal + (a[i] ≠ b[j])).</summary>
    public static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray(); // distances from "" to b[..j]
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
