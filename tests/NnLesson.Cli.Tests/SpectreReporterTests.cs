using NnLesson.Cli.Reporting;

namespace NnLesson.Cli.Tests;

/// <summary>The terminal reporter's live progress bar, on an interactive console writing into a string.</summary>
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
}
