using System.CommandLine;
using NnLesson.Figures;
using System.Text.RegularExpressions;
using NnLesson.Slides;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

namespace NnLesson.Cli.Commands;

/// <summary>
/// One command per slide of <see cref="SlideCatalogue"/>: the entry gives the command's name (its id) and description
/// (slide number, English title, the files it writes), the common options (--out, --lang, --seed, --size) and a run
/// with the slide's defaults. Slides with options of their own add them (<see cref="WithOptions"/>); a new catalogue line
/// gets its command with no change here, and a removed one loses it.
/// </summary>
internal static partial class SlideCommands
{
    /// <summary>Slides whose commands are built by their own classes, description included (their owners keep them).</summary>
    private static readonly Dictionary<string, Func<CliRuntime, Command>> BuiltElsewhere = new()
    {
        [Slide7InsideCnn.Id] = Slide7Command.Create,
        [TeachLesson.Id] = TeachCommand.Create,
    };

    /// <summary>Slides with options beyond the common ones: a note added to the description, and what the command adds.</summary>
    private static readonly Dictionary<string, (Localized Note, Action<Command, CommonOptions, CliRuntime> AddOptions)> WithOptions = new()
    {
        [Slide5TrainGd.Id] = (Slide5TrainCommand.Note, Slide5TrainCommand.AddTo),
        [Slide6CnnInference.Id] = (Slide6Command.Note, Slide6Command.AddTo),
        [Slide8PipelineExplain.Id] = (Slide8Command.Note, Slide8Command.AddTo),
        [TrainCnnLesson.Id] = (TrainCnnCommand.Note, TrainCnnCommand.AddTo),
    };

    /// <summary>Every slide's command, in catalogue order.</summary>
    public static IEnumerable<Command> Create(CliRuntime runtime) => SlideCatalogue.All.Select(entry => Create(runtime, entry));

    public static Command Create(CliRuntime runtime, SlideEntry entry)
    {
        if (BuiltElsewhere.TryGetValue(entry.Id, out var build))
        {
            return build(runtime);
        }
        var common = new CommonOptions(runtime);
        if (WithOptions.TryGetValue(entry.Id, out var own))
        {
            var special = new Command(entry.Id, Describe(entry, runtime.Lang, own.Note.For(runtime.Lang)));
            common.AddTo(special);
            own.AddOptions(special, common, runtime);
            return special;
        }
        var command = new Command(entry.Id, Describe(entry, runtime.Lang));
        common.AddTo(command);
        command.SetAction(parse => SlideRunning.Run(common.CreateContext(parse, runtime), runtime, entry.RunWithDefaults));
        return command;
    }

    /// <summary>
    /// "Slide 4 — MLP 2→8→1: the forward pass. Writes slide4_hidden.png, slide4_boundary.png." and the
    /// <paramref name="note"/> after it: the catalogue's title and declared files in the command line's language (a
    /// placeholder alternative "a.png | b.png" reads "a.png or b.png").
    /// </summary>
    public static string Describe(SlideEntry entry, Lang lang, string? note = null)
    {
        var number = SlideNumber().Match(entry.Id);
        var title = entry.Title.For(lang);
        var name = number.Success ? $"{lang.Text("Слайд", "Slide")} {number.Groups[1].Value} — {title}." : $"{title}.";
        var files = string.Join(", ", entry.FigureFiles).Replace(" | ", lang.Text(" або ", " or "), StringComparison.Ordinal);
        return $"{name} {lang.Text("Записує", "Writes")} {files}." + (note is null ? "" : " " + note);
    }

    [GeneratedRegex(@"^slide(\d+)")]
    private static partial Regex SlideNumber();
}
