using Spectre.Console;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Running;

namespace NnLesson.Cli.Commands;

/// <summary>Runs slides into the output folder, writes the manifest, and lists what was written.</summary>
internal static class SlideRunning
{
    public static int Run(SlideContext context, CliRuntime runtime, params Func<SlideContext, SlideOutcome>[] slides) =>
        Listed(LessonRun.Execute(context, slides), runtime);

    /// <summary>The slides' computations run ahead of showing them (<see cref="LessonRun.ExecuteAhead"/>); for `all`.</summary>
    public static int RunAhead(SlideContext context, CliRuntime runtime, IReadOnlyList<Func<SlideContext, ComputedSlide>> slides, RunDocuments? documents = null) =>
        Listed(LessonRun.ExecuteAhead(context, slides, documents), runtime);

    private static int Listed(IReadOnlyList<SlideOutcome> outcomes, CliRuntime runtime)
    {
        foreach (var figure in outcomes.SelectMany(o => o.Figures))
        {
            runtime.Console.WriteLine($"  → {Files.ConsoleText.Safe(figure.Path)}");
        }
        return ExitCodes.Success;
    }
}
