using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson slide8`. (Placeholder: being built.)</summary>
public static class Slide8Command
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions();
        var command = new Command(Slide8PipelineExplain.Id, "Slide 8: the image-classification pipeline from real tensors (being built).");
        common.AddTo(command);
        command.SetAction(parse => SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide8PipelineExplain.Run(c, Slide8Options.Default)));
        return command;
    }
}
