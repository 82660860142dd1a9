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

    public IProgressReporter StartProgress(string description, int total) => _text.StartProgress(description, total);
}
