using NnLesson.Slides.Reporting;
using Spectre.Console;

namespace NnLesson.Cli.Reporting;

/// <summary>
/// Draws slide output with Spectre.Console: rules for headings, real tables, and a progress bar in an interactive
/// terminal; elsewhere (a log, a pipe) each stage is one line when it starts, so a long computation shows it is under way.
/// </summary>
internal sealed class SpectreReporter(IAnsiConsole console, bool interactive) : ISlideReporter
{
    public void Heading(string text) => console.Write(new Rule($"[bold]{SafeMarkup.Of(text)}[/]").LeftJustified());

    public void Line(string text) => console.WriteLine(Files.ConsoleText.Safe(text, keepLineBreaks: true));

    public void Warning(string text) => console.MarkupLine($"[yellow]{SafeMarkup.Of(text, keepLineBreaks: true)}[/]");

    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title.Length > 0)
        {
            table.Title(SafeMarkup.Of(title));
        }
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(SafeMarkup.Of(column)).RightAligned());
        }
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => SafeMarkup.Of(cell)).ToArray());
        }
        console.Write(table);
    }

    public IProgressReporter StartProgress(string description, int total) =>
        interactive ? new LiveProgress(console, description, total) : new LoggedProgress(console, description);

    /// <summary>Progress on a background Spectre live display, fed by <see cref="Report"/> from the training loop.</summary>
    private sealed class LiveProgress : IProgressReporter
    {
        private readonly TaskCompletionSource _finished = new();
        private readonly Task _display;
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ProgressTask? _task;

        public LiveProgress(IAnsiConsole console, string description, int total)
        {
            _display = console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    _task = context.AddTask(SafeMarkup.Of(description), maxValue: Math.Max(1, total));
                    _started.SetResult();
                    await _finished.Task;
                    _task.Value = _task.MaxValue;
                });
            // When Spectre cannot start (e.g. another live display is running) the display task fails without
            // calling back: rethrow that instead of waiting for a start that never comes.
            Task.WaitAny(_started.Task, _display);
            if (_display.IsFaulted)
            {
                _display.GetAwaiter().GetResult();
            }
        }

        public void Report(int done, string? status = null)
        {
            if (_task is null)
            {
                return;
            }
            _task.Value = done;
            if (status is not null)
            {
                _task.Description = SafeMarkup.Of(status);
            }
        }

        public void Dispose()
        {
            _finished.TrySetResult();
            _display.GetAwaiter().GetResult();
        }
    }

    /// <summary>A stage in a log: its name once, when it starts (a bar's redraws would only fill the log).</summary>
    private sealed class LoggedProgress : IProgressReporter
    {
        public LoggedProgress(IAnsiConsole console, string description) => console.WriteLine($"{description}…");

        public void Report(int done, string? status = null) { }

        public void Dispose() { }
    }
}
