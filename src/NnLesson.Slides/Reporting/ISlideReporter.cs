namespace NnLesson.Slides.Reporting;

/// <summary>
/// Where a slide tells the audience what it is doing: headings, lines, tables and progress.
/// The command line draws these with Spectre.Console; tests record them; the seed scripts print plain text.
/// </summary>
public interface ISlideReporter
{
    void Heading(string text);

    void Line(string text);

    void Warning(string text);

    void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows);

    /// <summary>Starts a progress indicator of <paramref name="total"/> steps; dispose it when done.</summary>
    IProgressReporter StartProgress(string description, int total);
}

/// <summary>One running progress indicator.</summary>
public interface IProgressReporter : IDisposable
{
    /// <summary>Reports that <paramref name="done"/> of the total steps are finished, with an optional short status.</summary>
    void Report(int done, string? status = null);
}
