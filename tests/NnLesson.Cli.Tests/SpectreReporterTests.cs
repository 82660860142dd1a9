using NnLesson.Cli.Reporting;

namespace NnLesson.Cli.Tests;

/// <summary>The terminal reporter's progress: a live bar on an interactive console, one line per stage in a log.</summary>
public class SpectreReporterTests
{
    [Fact]
    public async Task A_progress_bar_that_cannot_start_fails_instead_of_hanging()
    {
        var reporter = new SpectreReporter(CliConsole.Create(new StringWriter(), interactive: true), interactive: true);
        using var first = reporter.StartProgress("first", 10);

        // Spectre runs one live display at a time; the second must surface that error, not wait forever.
        var second = Task.Run(() => reporter.StartProgress("second", 10));
        var finished = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(second, finished);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
    }

    [Fact]
    public void Outside_a_terminal_each_stage_is_one_line_when_it_starts_and_its_steps_print_nothing()
    {
        var log = new StringWriter();
        var reporter = new SpectreReporter(CliConsole.Create(log, interactive: false), interactive: false);

        using (var bar = reporter.StartProgress("Навчання", 1000))
        {
            Assert.Equal("Навчання…", log.ToString().Trim());
            for (var i = 1; i <= 1000; i++)
            {
                bar.Report(i, $"BCE {i}");
            }
        }

        Assert.Equal(["Навчання…"], log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
