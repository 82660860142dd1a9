using System.Text.RegularExpressions;
using NnLesson.Figures;

namespace NnLesson.Cli;

/// <summary>
/// System.CommandLine's own usage errors (it has no Ukrainian) in the command line's language: the few it makes for
/// this program's options, matched by their English wording; anything else stays as it is. The messages our
/// validators add are already in the run's language.
/// </summary>
internal static partial class ParseErrorText
{
    public static string In(string message, Lang lang)
    {
        if (lang != Lang.Uk)
        {
            return message;
        }
        foreach (var (pattern, ukrainian) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return ukrainian(match);
            }
        }
        return message;
    }

    private static readonly (Regex Pattern, Func<Match, string> Ukrainian)[] Known =
    [
        (Unrecognized(), m => $"невідомий аргумент або параметр «{m.Groups[1].Value}»."),
        (CannotParse(), m => $"«{m.Groups[1].Value}» — не {TypeName(m.Groups[3].Value)} (параметр {m.Groups[2].Value})."),
        (NotOneOf(), m => $"значення «{m.Groups[1].Value}» не підходить; можливі: {m.Groups[2].Value.Trim()}."),
        (ArgumentMissingForCommand(), m => $"команді «{m.Groups[1].Value}» бракує аргументу."),
        (ArgumentMissingForOption(), m => $"параметру {m.Groups[1].Value} бракує значення."),
        (CommandMissing(), _ => "не вказано команду."),
        (OptionRequired(), m => $"потрібен параметр {m.Groups[1].Value}."),
        (OneArgument(), m => $"параметр {m.Groups[1].Value} приймає одне значення, а дано {m.Groups[2].Value}."),
    ];

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "ціле число",
        "System.Double" or "System.Single" or "System.Decimal" => "число",
        "System.Boolean" => "true чи false",
        _ => $"значення типу {type}",
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\.?$")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.?$")]
    private static partial Regex ArgumentMissingForCommand();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.?$")]
    private static partial Regex ArgumentMissingForOption();

    [GeneratedRegex(@"^Required command was not provided\.?$")]
    private static partial Regex CommandMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.?$")]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.?$")]
    private static partial Regex OneArgument();
}
