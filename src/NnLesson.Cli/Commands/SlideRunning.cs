using Spectre.Console;
using NnLesson.Slides.Running;

namespace NnLesson.Cli.Commands;

/// <summary>Runs slides into the output folder, writes the manifest, and lists what was written.</summary>
internal static class SlideRunning
{
    public static int Run(SlideContext context, CliRuntime runtime, params Func<SlideContext, SlideOutcome>[] slides)
    {
        var outcomes = LessonRun.Execute(context, slides);
        foreach (var figure in outcomes.SelectMany(o => o.Figures))
        {
            runtime.Console.WriteLine($"  → {figure.Path}");
        }
        return ExitCodes.Success;
    }
}
