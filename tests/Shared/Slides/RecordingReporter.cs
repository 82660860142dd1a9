using NnLesson.Slides.Reporting;

namespace NnLesson.Tests.Shared;

/// <summary>Keeps every table a slide reports (and the plain text of everything else) for assertions.</summary>
public sealed class RecordingReporter : ISlideReporter
{
    private readonly PlainTextReporter _text = new(TextWriter.Null);

    public List<(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)> Tables { get; } = [];

    public IReadOnlyList<string> Lines => _text.Lines;

    public void Heading(string text) => _text.Heading(text);

    public void Line(string text) => _text.Line(text);

    public void Warning(string text) => _text.Warning(text);

    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Tables.Add((title, columns, rows));
        _text.Table(title, columns, rows);
    }

    /// <summary>Every progress bar started: its label, its total and the last step it reported.</summary>
    public List<RecordedProgress> Progress { get; } = [];

    public IProgressReporter StartProgress(string description, int total)
    {
        var bar = new RecordedProgress(description, total);
        Progress.Add(bar);
        return bar;
    }
}

/// <summary>One progress bar as a test sees it.</summary>
public sealed class RecordedProgress(string label, int total) : IProgressReporter
{
    public string Label { get; } = label;

    public int Total { get; } = total;

    public int LastDone { get; private set; }

    public bool Disposed { get; private set; }

    public void Report(int done, string? status = null) => LastDone = done;

    public void Dispose() => Disposed = true;
}
