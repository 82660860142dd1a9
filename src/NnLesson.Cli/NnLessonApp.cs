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
        var root = new RootCommand(runtime.T(
            "NnLesson — демонстрації до лекції «Нейронні мережі: від теорії до практичного рішення». " +
            "Кожна команда записує готові для слайдів рисунки PNG і manifest.json у папку --out (типово outputs/). " +
            "Мова: --lang uk|en або змінна NNLESSON_LANG (типово українська). " +
            "Коди виходу: 0 — успіх, 1 — помилка під час роботи, 2 — неправильний виклик.",
            "NnLesson — runnable demos for the lecture «Нейронні мережі: від теорії до практичного рішення». " +
            "Each command writes slide-ready PNG figures and manifest.json into --out (default: outputs/). " +
            "Language: --lang uk|en or NNLESSON_LANG (Ukrainian by default). " +
            "Exit codes: 0 success, 1 failure at run time, 2 invalid usage."));
        root.Subcommands.Add(AllCommand.Create(runtime));
        // One command per slide of the catalogue (teach included), named and described by it.
        foreach (var command in SlideCommands.Create(runtime))
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(ClassifyCommand.Create(runtime));
        root.Subcommands.Add(ModelCommand.Create(runtime));
        root.Subcommands.Add(DataCommand.Create(runtime));
        root.Subcommands.Add(PlaygroundCommand.Create(runtime));
        LocalizedHelp.Install(root, runtime.Lang, runtime.Output);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var environment = Environment.GetEnvironmentVariable(CliLanguage.Variable);
        var lang = CliLanguage.From(args, environment);
        var runtime = new CliRuntime(CliConsole.Create(output, interactive), output, error, interactive)
        {
            Lang = lang,
            DefaultLangCode = CliLanguage.DefaultCode(environment),
        };
        var root = BuildRoot(runtime);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, no help dump: the lecturer sees what is wrong at a glance.
            var message = CommandSuggestions.Describe(parse, lang) ?? ParseErrorText.In(parse.Errors[0].Message, lang);
            error.WriteLine($"nnlesson: {OneLine(message)} {runtime.T("(див. «nnlesson --help»)", "(see 'nnlesson --help')")}");
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
            error.WriteLine(Commands.Interrupts.Line(signal, lang));
            return Files.Interruption.ExitCode;
        }
        catch (LessonException e)
        {
            error.WriteLine($"nnlesson: {OneLine(e.MessageIn(lang))}");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The system's own message (English on most machines) after a Ukrainian lead-in.
            error.WriteLine(runtime.T($"nnlesson: помилка файлу: {OneLine(e.Message)}", $"nnlesson: {OneLine(e.Message)}"));
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NNLESSON_DEBUG") is null)
        {
            // A bug, not a user error: still one line, with a way to see the stack trace.
            error.WriteLine(runtime.T(
                $"nnlesson: неочікувана помилка {e.GetType().Name}: {OneLine(e.Message)} (подробиці покаже NNLESSON_DEBUG=1)",
                $"nnlesson: unexpected {e.GetType().Name}: {OneLine(e.Message)} (set NNLESSON_DEBUG=1 for details)"));
            return ExitCodes.RuntimeFailure;
        }
    }

    /// <summary>A message as one line for stderr: line breaks and tabs become single spaces, other control characters escapes (<see cref="Files.ConsoleText"/>).</summary>
    internal static string OneLine(string message) => Files.ConsoleText.Safe(
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
