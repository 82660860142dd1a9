using NnLesson.Figures;
using Spectre.Console;

namespace NnLesson.Cli;

/// <summary>
/// The console streams one invocation writes to; commands get it instead of touching <see cref="Console"/>, so tests run
/// them in-process. <see cref="Lang"/> is the language the command line speaks in (<see cref="CliLanguage"/>).
/// </summary>
internal sealed record CliRuntime(IAnsiConsole Console, TextWriter Output, TextWriter Error, bool Interactive)
{
    public Lang Lang { get; init; } = Lang.Uk;

    /// <summary>The default of --lang: NNLESSON_LANG, else uk.</summary>
    public string DefaultLangCode { get; init; } = "uk";

    /// <summary>Text in the command line's language: <c>runtime.T("…", "…")</c>.</summary>
    public string T(string uk, string en) => Lang.Text(uk, en);
}
