namespace NnLesson.Figures.Output;

/// <summary>
/// One figure a slide declares: its file name, the immutable data record it draws, and the figure that draws it.
/// The recipe builds jobs from its result (all math done); whoever runs them picks language, size and folder,
/// so the command line, <c>all</c>, the single-file programs and the figure tests render the same jobs.
/// </summary>
public sealed class FigureJob
{
    private readonly Func<Lang, FigureSize, string, SavedFigure> _save;

    private FigureJob(string fileName, object data, Func<Lang, FigureSize, string, SavedFigure> save)
    {
        FileName = fileName;
        Data = data;
        _save = save;
    }

    public string FileName { get; }

    /// <summary>The record the figure draws (kept so a test or a web page can read what was drawn).</summary>
    public object Data { get; }

    /// <summary>A job for a figure <c>save(data, lang, size, path)</c> that draws <paramref name="data"/>.</summary>
    public static FigureJob Of<TData>(string fileName, TData data, Func<TData, Lang, FigureSize, string, SavedFigure> save)
        where TData : notnull =>
        new(fileName, data, (lang, size, path) => save(data, lang, size, path));

    /// <summary>Draws the figure into <paramref name="folder"/> under <see cref="FileName"/>.</summary>
    public SavedFigure Render(Lang lang, FigureSize size, string folder) => _save(lang, size, Path.Combine(folder, FileName));
}
