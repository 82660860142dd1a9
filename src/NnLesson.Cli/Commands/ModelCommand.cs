using System.CommandLine;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson model list|download`. (Placeholder: being built.)</summary>
public static class ModelCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("model", "List and download pretrained models (being built).");
        command.SetAction(_ =>
        {
            runtime.Error.WriteLine("nnlesson: model is not built yet.");
            return ExitCodes.RuntimeFailure;
        });
        return command;
    }
}
