using NnLesson.Figures;

namespace NnLesson.Cli;

/// <summary>
/// The language of everything the command line says (help, usage errors, run-time errors, progress), by the same rule
/// as the figures: <c>--lang en|uk</c> on the command line, else <c>NNLESSON_LANG</c>, else Ukrainian. It is read from
/// the raw arguments before System.CommandLine builds the commands, because their help texts are made then.
/// </summary>
internal static class CliLanguage
{
    public const string Variable = "NNLESSON_LANG";

    /// <param name="args">The raw arguments: "--lang en", "--lang=en" or "--lang:en" (the last one given wins).</param>
    /// <param name="environment">NNLESSON_LANG's value, or null.</param>
    public static Lang From(IReadOnlyList<string> args, string? environment)
    {
        Lang? chosen = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break; // what follows is operands, not options
            }
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            chosen = LangNames.TryParse(value) ?? chosen;
        }
        return chosen ?? LangNames.TryParse(environment) ?? Lang.Uk;
    }

    /// <summary>The default of every --lang option: NNLESSON_LANG when it names a language, else uk.</summary>
    public static string DefaultCode(string? environment) => (LangNames.TryParse(environment) ?? Lang.Uk).Code();
}
