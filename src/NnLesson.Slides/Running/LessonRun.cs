using NnLesson.Slides.Manifest;

namespace NnLesson.Slides.Running;

/// <summary>Runs slides one after another into one output folder, then writes the manifest last.</summary>
public static class LessonRun
{
    public static IReadOnlyList<SlideOutcome> Execute(SlideContext context, IEnumerable<Func<SlideContext, SlideOutcome>> slides)
    {
        var prepared = context with { OutputDirectory = OutputFolder.Prepare(context.OutputDirectory) };
        var outcomes = new List<SlideOutcome>();
        foreach (var slide in slides)
        {
            outcomes.Add(slide(prepared));
        }
        RunManifest.Write(prepared, outcomes);
        return outcomes;
    }
}
