using System.CommandLine;
using NnLesson.Slides;
using Spectre.Console;
using NnLesson.Slides.Deck;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson all`: every slide of the catalogue with its default options, one manifest for the lot.</summary>
internal static class AllCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions();
        var command = new Command("all", "Make every figure and animation of the lecture (slides 3–8), manifest.json and the deck page index.html in the output folder.");
        common.AddTo(command);
        var photoOptions = AllPhotoOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = common.CreateContext(parse, runtime);
            var photo = photoOptions.Read(parse);
            var exit = SlideRunning.RunAhead(context, runtime, [.. SlideCatalogue.All.Select(photo.ComputeOf)]);
            // The deck page (index.html) from the catalogue and the manifest just written.
            runtime.Console.WriteLine($"  → {Files.ConsoleText.Safe(DeckPage.Write(context.OutputDirectory, context.Lang, SlideCatalogue.All.Select(e => new DeckSlide(e.Id, e.Title))))}");
            return exit;
        });
        return command;
    }
}
