using System.CommandLine;
using NnLesson.Slides;
using Spectre.Console;
using NnLesson.Slides.Deck;
using NnLesson.Slides.Deck.Pptx;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson all`: every slide of the catalogue with its default options, one manifest for the lot.</summary>
internal static class AllCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions(runtime);
        var command = new Command("all", runtime.T(
            "Усі рисунки й анімації лекції (слайди 3–8, teach і train-cnn, коли є їхні дані), manifest.json, сторінка-презентація index.html і lecture.pptx для PowerPoint / Impress у папці --out.",
            "Make every figure and animation of the lecture (slides 3–8, teach and train-cnn when their data is found), manifest.json, the deck page index.html and lecture.pptx for PowerPoint / Impress in the output folder."));
        common.AddTo(command);
        var photoOptions = AllPhotoOptions.AddTo(command, runtime);
        command.SetAction(parse =>
        {
            var context = common.CreateContext(parse, runtime);
            var photo = photoOptions.Read(parse);
            var slides = SlideCatalogue.All.Select(e => new DeckSlide(e.Id, e.Title)).ToList();
            // lecture.pptx from the figures and numbers, listed in the manifest; then the deck page (index.html) from the manifest.
            var exit = SlideRunning.RunAhead(context, runtime, [.. SlideCatalogue.All.Select(photo.ComputeOf)],
                (prepared, manifest) => [LecturePptx.Write(prepared.OutputDirectory, manifest, prepared.Lang, slides)]);
            runtime.Console.WriteLine($"  → {Files.ConsoleText.Safe(Path.Combine(Path.GetFullPath(context.OutputDirectory), LecturePptx.FileName))}");
            runtime.Console.WriteLine($"  → {Files.ConsoleText.Safe(DeckPage.Write(context.OutputDirectory, context.Lang, slides))}");
            return exit;
        });
        return command;
    }
}
