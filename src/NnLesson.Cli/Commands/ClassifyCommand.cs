using System.CommandLine;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson classify`. (Placeholder: being built.)</summary>
public static class ClassifyCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("classify", "Classify photos (being built).");
        command.SetAction(_ =>
        {
            runtime.Error.WriteLine("nnlesson: classify is not built yet.");
            return ExitCodes.RuntimeFailure;
        });
        return command;
    }
}
