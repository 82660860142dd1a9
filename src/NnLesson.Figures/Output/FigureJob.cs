using NnLesson.Tuning;
using NnLesson.Figures.Animation;

namespace NnLesson.Figures.Output;

/// <summary>
/// One figure a slide declares: its file name, the immutable data record it draws, and the figure that draws it.
/// The recipe builds jobs from its result (all math done); whoever runs them picks language, size and folder,
/// so the command line, <c>all</c>, the single-file programs and the figure tests render the same jobs.
/// </summary>
public sealed class FigureJob
{
    private readonly Func<Lang, FigureSize, string, SavedFigure> _save;

    /// <summary>For an animation: draws its frames, leaving the encoding to the caller (see <see cref="RenderAll"/>).</summary>
    private readonly Func<Lang, FigureSize, AnimatedGif>? _drawFrames;

    private FigureJob(string fileName, object data, Func<Lang, FigureSize, string, SavedFigure> save, Func<Lang, FigureSize, AnimatedGif>? drawFrames = null)
    {
        FileName = fileName;
        Data = data;
        _save = save;
        _drawFrames = drawFrames;
    }

    public string FileName { get; }

    /// <summary>The record the figure draws (kept so a test or a web page can read what was drawn).</summary>
    public object Data { get; }

    /// <summary>A job for a figure <c>save(data, lang, size, path)</c> that draws <paramref name="data"/>.</summary>
    public static FigureJob Of<TData>(string fileName, TData data, Func<TData, Lang, FigureSize, string, SavedFigure> save)
        where TData : notnull =>
        new(fileName, data, (lang, size, path) => save(data, lang, size, path));

    /// <summary>
    /// A job for an animated GIF: <c>render(data, lang, size)</c> draws every frame. <see cref="Render"/> draws and
    /// encodes in one go; <see cref="RenderAll"/> encodes it in the background while the still figures are drawn.
    /// </summary>
    public static FigureJob Animation<TData>(string fileName, TData data, Func<TData, Lang, FigureSize, AnimatedGif> render)
        where TData : notnull =>
        new(fileName, data, (lang, size, path) => GifOutput.Save(() => render(data, lang, size), path), (lang, size) => render(data, lang, size));

    /// <summary>Draws the figure into <paramref name="folder"/> under <see cref="FileName"/>.</summary>
    public SavedFigure Render(Lang lang, FigureSize size, string folder) => _save(lang, size, Path.Combine(folder, FileName));

    /// <summary>
    /// Draws every job into <paramref name="folder"/>; the results come in the jobs' order. All drawing (SkiaSharp,
    /// ScottPlot) stays on the calling thread — drawing a slide's figures on two threads crashed natively (exit 139)
    /// in one run of four. What may run beside it is an animation's encoding: ImageSharp's palette and LZW coding,
    /// managed code that touches no Skia object, which is most of slide 3's GIF. So the animations' frames are
    /// drawn first, their encoding and writing go to the thread pool, and the still figures are drawn meanwhile.
    /// A failure surfaces as the job's own exception, after every started encoding has finished. Each figure's drawing
    /// and each encoding hold <see cref="QuietTiming"/> shared, so a slide computed meanwhile times its passes alone.
    /// </summary>
    public static IReadOnlyList<SavedFigure> RenderAll(IReadOnlyList<FigureJob> jobs, Lang lang, FigureSize size, string folder)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var saved = new SavedFigure[jobs.Count];
        var encodings = new Task<SavedFigure>?[jobs.Count];
        try
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                if (jobs[i]._drawFrames is { } drawFrames)
                {
                    var animation = QuietTiming.Figure(() => drawFrames(lang, size));
                    var path = Path.Combine(folder, jobs[i].FileName);
                    encodings[i] = Task.Run(() =>
                    {
                        using (animation)
                        {
                            return QuietTiming.Figure(() => GifOutput.Save(animation, path));
                        }
                    });
                }
            }
            for (var i = 0; i < jobs.Count; i++)
            {
                if (jobs[i]._drawFrames is null)
                {
                    var job = jobs[i];
                    saved[i] = QuietTiming.Figure(() => job.Render(lang, size, folder));
                }
            }
        }
        finally
        {
            // No encoding may still be writing when the caller goes on (or reports a failure and exits).
            foreach (var encoding in encodings.OfType<Task<SavedFigure>>())
            {
                ((Task)encoding).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult(); // its failure is rethrown below
            }
        }
        for (var i = 0; i < jobs.Count; i++)
        {
            if (encodings[i] is { } encoding)
            {
                saved[i] = encoding.GetAwaiter().GetResult(); // the job's own exception, not an AggregateException
            }
        }
        return saved;
    }
}
