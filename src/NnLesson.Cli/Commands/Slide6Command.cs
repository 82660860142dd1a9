using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson slide6`. (Placeholder: being built.)</summary>
public static class Slide6Command
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions();
        var command = new Command(Slide6CnnInference.Id, "Slide 6: a pretrained CNN classifies a photo (being built).");
        common.AddTo(command);
        command.SetAction(parse => SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide6CnnInference.Run(c, Slide6Options.Default)));
        return command;
    }
}
