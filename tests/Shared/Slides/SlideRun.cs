using NnLesson.Figures;
using NnLesson.Slides.Running;

namespace NnLesson.Tests.Shared;

/// <summary>
/// The one way slide tests run a slide: a fresh temp folder, a context (language, seed, size) and a reporter that keeps
/// every line and table, then the slide through <see cref="LessonRun"/> (folder checked first, manifest.json written last),
/// as the command line runs it. Compiled into the test projects that reference NnLesson.Slides.
/// </summary>
public sealed class SlideRun(SlideOutcome outcome, RecordingReporter reporter, SlideContext context)
{
    public SlideOutcome Outcome { get; } = outcome;

    public RecordingReporter Reporter { get; } = reporter;

    public SlideContext Context { get; } = context;

    public string Folder => Context.OutputDirectory;

    /// <summary><c>var (outcome, reporter, folder) = run;</c> — the three things a slide test reads.</summary>
    public void Deconstruct(out SlideOutcome outcome, out RecordingReporter reporter, out string folder) =>
        (outcome, reporter, folder) = (Outcome, Reporter, Folder);

    public static SlideRun Of(Func<SlideContext, SlideOutcome> slide, FigureSize size, Lang lang = Lang.Uk, int seed = SlideContext.DefaultSeed)
    {
        var context = NewContext(size, lang, seed);
        var outcome = LessonRun.Execute(context, [slide]).Single();
        return new SlideRun(outcome, (RecordingReporter)context.Reporter, context);
    }

    /// <summary>
    /// A context writing into <paramref name="folder"/> (by default a fresh temp folder) with a <see cref="RecordingReporter"/>,
    /// for tests that call a slide or its training themselves.
    /// </summary>
    public static SlideContext NewContext(FigureSize size, Lang lang = Lang.Uk, int seed = SlideContext.DefaultSeed, string? folder = null) =>
        new(folder ?? RepoPaths.NewTempFolder("slide"), lang, seed, size, new RecordingReporter());
}
