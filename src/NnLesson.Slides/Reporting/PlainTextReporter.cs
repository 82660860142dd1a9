namespace NnLesson.Slides.Reporting;

/// <summary>Plain text to a <see cref="TextWriter"/>: used by the seed scripts, in CI logs and by tests. No progress bars.</summary>
internal sealed class PlainTextReporter(TextWriter writer) : ISlideReporter
{
    private readonly List<string> _lines = [];

    /// <summary>Everything written so far, one entry a line (tests read this).</summary>
    public IReadOnlyList<string> Lines => _lines;

    public void Heading(string text) => Write($"== {text} ==");

    public void Line(string text) => Write(text);

    public void Warning(string text) => Write($"! {text}");

    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = columns.Select((c, i) => rows.Select(r => i < r.Count ? r[i].Length : 0).Append(c.Length).Max()).ToArray();
        string Format(IReadOnlyList<string> cells) =>
            string.Join("  ", widths.Select((w, i) => (i < cells.Count ? cells[i] : "").PadLeft(w)));
        if (title.Length > 0)
        {
            Write(title);
        }
        Write(Format(columns));
        Write(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Write(Format(row));
        }
    }

    public IProgressReporter StartProgress(string description, int total) => new SilentProgress();

    private void Write(string line)
    {
        line = Files.ConsoleText.Safe(line, keepLineBreaks: true); // names from files never reach the terminal raw (G9)
        _lines.Add(line);
        writer.WriteLine(line);
    }

    private sealed class SilentProgress : IProgressReporter
    {
        public void Report(int done, string? status = null) { }

        public void Dispose() { }
    }
}
