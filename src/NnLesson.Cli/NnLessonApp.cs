using System.CommandLine;
using NnLesson.Cli.Commands;
using NnLesson.Core;

namespace NnLesson.Cli;

/// <summary>
/// The `nnlesson` command line. <see cref="Run"/> is the whole program: tests call it in-process with
/// their own writers. Exit codes: 0 success, 1 failure at run time, 2 invalid usage.
/// </summary>
internal static class NnLessonApp
{
    public static RootCommand BuildRoot(CliRuntime runtime)
    {
        var root = new RootCommand(
            "NnLesson — runnable demos for the lecture «Нейронні мережі: від теорії до практичного рішення». " +
            "Each command writes slide-ready PNG figures and manifest.json into --out (default: outputs/). " +
            "Exit codes: 0 success, 1 failure at run time, 2 invalid usage.");
        root.Subcommands.Add(AllCommand.Create(runtime));
        // One command per slide of the catalogue (teach included), named and described by it.
        foreach (var command in SlideCommands.Create(runtime))
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(ClassifyCommand.Create(runtime));
        root.Subcommands.Add(ModelCommand.Create(runtime));
        root.Subcommands.Add(PlaygroundCommand.Create(runtime));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var runtime = new CliRuntime(CliConsole.Create(output, interactive), output, error, interactive);
        var root = BuildRoot(runtime);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, no help dump: the lecturer sees what is wrong at a glance.
            var message = CommandSuggestions.Describe(parse) ?? parse.Errors[0].Message;
            error.WriteLine($"nnlesson: {OneLine(message)} (see 'nnlesson --help')");
            return ExitCodes.InvalidUsage;
        }
        try
        {
            // ProcessTerminationTimeout = null: Ctrl+C and SIGTERM are handled by Commands/Interrupts for every command.
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (OperationCanceledException) when (Files.Interruption.Signal is { } signal)
        {
            Files.Interruption.DeleteTracked();
            error.WriteLine(Commands.Interrupts.Line(signal));
            return Files.Interruption.ExitCode;
        }
        catch (LessonException e)
        {
            error.WriteLine($"nnlesson: {OneLine(Bilingual.LineOf(e, IsUkrainian(parse)))}");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"nnlesson: {OneLine(e.Message)}");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NNLESSON_DEBUG") is null)
        {
            // A bug, not a user error: still one line, with a way to see the stack trace.
            error.WriteLine($"nnlesson: unexpected {e.GetType().Name}: {OneLine(e.Message)} (set NNLESSON_DEBUG=1 for details)");
            return ExitCodes.RuntimeFailure;
        }
    }

    /// <summary>The run's language for its error line: Ukrainian unless the command has <c>--lang en</c>.</summary>
    private static bool IsUkrainian(ParseResult parse)
    {
        var option = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--lang");
        return option is not Option<string> lang || parse.GetValue(lang) is not "en";
    }

    /// <summary>A message as one line for stderr: line breaks and tabs become single spaces, other control characters escapes (<see cref="Files.ConsoleText"/>).</summary>
    internal static string OneLine(string message) => Files.ConsoleText.Safe(
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
