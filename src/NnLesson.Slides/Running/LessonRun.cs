using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Slides.Manifest;

namespace NnLesson.Slides.Running;

/// <summary>
/// Runs slides one after another into one output folder, then writes the manifest last. The manifest only
/// ever describes this run's figures: the folder is locked for the run (<see cref="OutputLock"/>: a second run
/// into it is refused), and a manifest left by an earlier run is deleted before the first slide starts, so a
/// failed or interrupted run leaves no manifest vouching for figures it did not write. Temporary files of an
/// interrupted earlier run (<c>.&lt;name&gt;.&lt;guid&gt;.tmp</c>) are cleared at the start; Ctrl+C stops between slides.
/// </summary>
public static class LessonRun
{
    public static IReadOnlyList<SlideOutcome> Execute(SlideContext context, IEnumerable<Func<SlideContext, SlideOutcome>> slides)
    {
        var prepared = context with { OutputDirectory = OutputFolder.Prepare(context.OutputDirectory) };
        using var folderLock = OutputLock.Acquire(prepared.OutputDirectory);
        RemoveStaleManifest(prepared);
        // Leftovers of an interrupted earlier run; under the lock, so no live run's temporary files.
        AtomicFile.DeleteOwnTemporaryFiles(prepared.OutputDirectory);
        var outcomes = new List<SlideOutcome>();
        foreach (var slide in slides)
        {
            Interruption.Token.ThrowIfCancellationRequested();
            outcomes.Add(slide(prepared));
        }
        Interruption.Token.ThrowIfCancellationRequested();
        RunManifest.Write(prepared, outcomes);
        return outcomes;
    }

    private static void RemoveStaleManifest(SlideContext context)
    {
        var path = context.OutputPath(RunManifest.FileName);
        try
        {
            File.Delete(path); // no error when it does not exist
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Cannot remove the previous run's {path}: {e.Message}", e);
        }
    }
}
