using Spectre.Console;

namespace NnLesson.Cli;

/// <summary>Creates the Spectre.Console console: colours and progress bars in a terminal, plain text in CI and pipes.</summary>
internal static class CliConsole
{
    /// <summary>True in a real terminal; false when output is redirected or a CI environment variable is set.</summary>
    public static bool IsInteractive() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static IAnsiConsole Create(TextWriter output, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
