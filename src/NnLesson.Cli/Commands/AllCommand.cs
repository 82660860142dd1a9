using System.CommandLine;
using NnLesson.Slides;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson all`: every slide of the catalogue with its default options, one manifest for the lot.</summary>
public static class AllCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions();
        var command = new Command("all", "Make every figure of the lecture (slides 3–8) and manifest.json in the output folder.");
        common.AddTo(command);
        var photoOptions = AllPhotoOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = common.CreateContext(parse, runtime);
            var photo = photoOptions.Read(parse);
            return SlideRunning.Run(context, runtime, SlideCatalogue.All.Select(photo.RunOf).ToArray());
        });
        return command;
    }
}
