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
    public static IReadOnlyList<SlideOutcome> Execute(SlideContext context, IEnumerable<Func<SlideContext, SlideOutcome>> slides) =>
        InFolder(context, null, prepared =>
        {
            var outcomes = new List<SlideOutcome>();
            foreach (var slide in slides)
            {
                Interruption.Token.ThrowIfCancellationRequested();
                outcomes.Add(slide(prepared));
            }
            return outcomes;
        });

    /// <summary>
    /// Like <see cref="Execute"/>, with the slides' computations run ahead on one worker thread, in order, while the
    /// calling thread shows the slides already computed (in order, so the console and the figures come out as in
    /// <see cref="Execute"/>): in <c>nnlesson all</c> ResNet-18 loads and runs while slides 3–6 are drawn. Drawing stays
    /// on the calling thread (SkiaSharp and ScottPlot drawing on two threads at once crashed natively). A failed
    /// computation surfaces when its slide's turn comes, after the slides before it are shown, and nothing after it is
    /// computed; when showing fails or Ctrl+C is pressed, the worker stops before its next slide and is waited for.
    /// </summary>
    /// <param name="documents">Files made from the manifest before it is written (lecture.pptx), listed in it; none when null.</param>
    public static IReadOnlyList<SlideOutcome> ExecuteAhead(SlideContext context, IReadOnlyList<Func<SlideContext, ComputedSlide>> slides, RunDocuments? documents = null) =>
        InFolder(context, documents, prepared =>
        {
            using var ahead = new SlidesComputedAhead(prepared, slides);
            var outcomes = new List<SlideOutcome>();
            for (var i = 0; i < slides.Count; i++)
            {
                Interruption.Token.ThrowIfCancellationRequested();
                outcomes.Add(ahead.Take(i)());
            }
            return outcomes;
        });

    /// <summary>The folder prepared and locked, a stale manifest and temporary files removed, the slides run, the documents and the manifest written.</summary>
    private static IReadOnlyList<SlideOutcome> InFolder(SlideContext context, RunDocuments? documents, Func<SlideContext, List<SlideOutcome>> runSlides)
    {
        var prepared = context with { OutputDirectory = OutputFolder.Prepare(context.OutputDirectory) };
        using var folderLock = OutputLock.Acquire(prepared.OutputDirectory);
        RemoveStaleManifest(prepared);
        // Leftovers of an interrupted earlier run; under the lock, so no live run's temporary files.
        AtomicFile.DeleteOwnTemporaryFiles(prepared.OutputDirectory);
        var outcomes = runSlides(prepared);
        Interruption.Token.ThrowIfCancellationRequested();
        RunManifest.Write(prepared, outcomes, documents);
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
            throw new LessonException($"Не вдалося видалити {path} попереднього запуску: {e.Message}", $"Cannot remove the previous run's {path}: {e.Message}", e);
        }
    }
}
