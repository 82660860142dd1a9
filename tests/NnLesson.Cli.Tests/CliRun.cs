namespace NnLesson.Cli.Tests;

/// <summary>Runs `nnlesson` in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NnLessonApp.Run(args, output, error, interactive: false);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A run in English (`--lang en` added unless the arguments choose a language): for the tests that check what the
    /// English messages say. Ukrainian is the default, as a lecturer in the room gets it.
    /// </summary>
    public static CliRun En(params string[] args) =>
        Of(args.Any(a => a == "--lang" || a.StartsWith("--lang=", StringComparison.Ordinal)) ? args : [.. args, "--lang", "en"]);

    /// <summary>Non-empty lines of standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
