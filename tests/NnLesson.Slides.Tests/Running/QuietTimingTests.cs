using NnLesson.Tuning;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// A timed section (<see cref="QuietTiming.Measure"/>) and figure work (<see cref="QuietTiming.Figure"/>) never overlap,
/// while figure work runs alongside other figure work. The interleavings are forced with events, not left to timing luck.
/// </summary>
public class QuietTimingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_timed_section_waits_for_the_figure_being_drawn()
    {
        using var drawing = new ManualResetEventSlim();
        using var finishDrawing = new ManualResetEventSlim();
        var figureDone = false;
        var figure = OnOwnThread(() => QuietTiming.Figure(() =>
        {
            drawing.Set();
            finishDrawing.Wait(Patience);
            figureDone = true;
            return 0;
        }));
        Assert.True(drawing.Wait(Patience));

        var timed = OnOwnThread(() => QuietTiming.Measure(() => figureDone));
        var startedEarly = await CompletesWithin(timed, TimeSpan.FromMilliseconds(200));
        finishDrawing.Set(); // before any assertion: a failed test must not leave the shared gate held
        Assert.False(startedEarly, "the timed section started while a figure was being drawn");

        Assert.True(await timed.WaitAsync(Patience), "the timed section ran before the figure had finished");
        await figure.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_figure_waits_while_a_pass_is_timed()
    {
        using var timing = new ManualResetEventSlim();
        using var finishTiming = new ManualResetEventSlim();
        var timedDone = false;
        var timed = OnOwnThread(() => QuietTiming.Measure(() =>
        {
            timing.Set();
            finishTiming.Wait(Patience);
            timedDone = true;
            return 0;
        }));
        Assert.True(timing.Wait(Patience));

        var figure = OnOwnThread(() => QuietTiming.Figure(() => timedDone));
        var drawnEarly = await CompletesWithin(figure, TimeSpan.FromMilliseconds(200));
        finishTiming.Set(); // before any assertion: a failed test must not leave the shared gate held
        Assert.False(drawnEarly, "a figure was drawn during a timed pass");

        Assert.True(await figure.WaitAsync(Patience), "the figure ran before the timed pass had finished");
        await timed.WaitAsync(Patience);
    }

    [Fact]
    public async Task Figures_run_alongside_each_other()
    {
        using var bothInside = new CountdownEvent(2);
        bool Draw() => QuietTiming.Figure(() =>
        {
            bothInside.Signal();
            return bothInside.Wait(Patience); // false if the other figure could not get in
        });

        var first = OnOwnThread(Draw);
        var second = OnOwnThread(Draw);

        Assert.True(await first && await second, "one figure's work kept the other out");
    }

    /// <summary>Each side on a thread of its own, so a busy thread pool cannot delay one and fake a wait.</summary>
    private static Task<T> OnOwnThread<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static async Task<bool> CompletesWithin(Task task, TimeSpan time) => await Task.WhenAny(task, Task.Delay(time)) == task;
}
