using NnLesson.Slides.Manifest;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// <c>nnlesson all</c> computes the next slides on a worker thread while the calling thread shows the ones already
/// computed (<see cref="LessonRun.ExecuteAhead"/>). What must hold: the computing really runs ahead, showing stays in
/// order on the calling thread, and a failure on either side leaves nothing computing and no manifest behind.
/// </summary>
public class ComputeAheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static SlideContext Context() =>
        new(Path.Combine(RepoPaths.NewTempFolder(), "out"), Lang.En, 7, new FigureSize(800, 450), new PlainTextReporter(TextWriter.Null));

    private static string ManifestOf(SlideContext context) => Path.Combine(context.OutputDirectory, RunManifest.FileName);

    [Fact]
    public void The_next_slide_is_computed_while_the_first_one_is_shown()
    {
        using var secondComputed = new ManualResetEventSlim();
        var sawSecondWhileShowingFirst = false;

        LessonRun.ExecuteAhead(Context(),
        [
            _ => () =>
            {
                // One thread doing both in turn would wait here in vain: the second slide's computation comes after this show.
                sawSecondWhileShowingFirst = secondComputed.Wait(Patience);
                return new SlideOutcome("first", []);
            },
            _ =>
            {
                secondComputed.Set();
                return () => new SlideOutcome("second", []);
            },
        ]);

        Assert.True(sawSecondWhileShowingFirst, "the second slide was computed only after the first was shown");
    }

    [Fact]
    public void Slides_are_shown_in_order_on_the_calling_thread_and_computed_on_another()
    {
        var caller = Environment.CurrentManagedThreadId;
        var computedOn = new List<int>();
        var shown = new List<(string Id, int Thread)>();
        Func<SlideContext, ComputedSlide> Slide(string id, int milliseconds) => _ =>
        {
            Thread.Sleep(milliseconds); // later slides compute faster: their turn must still wait for the earlier ones
            lock (computedOn)
            {
                computedOn.Add(Environment.CurrentManagedThreadId);
            }
            return () =>
            {
                shown.Add((id, Environment.CurrentManagedThreadId));
                return new SlideOutcome(id, []);
            };
        };

        var context = Context();
        var outcomes = LessonRun.ExecuteAhead(context, [Slide("a", 60), Slide("b", 0), Slide("c", 30)]);

        Assert.Equal(["a", "b", "c"], outcomes.Select(o => o.SlideId));
        Assert.Equal(["a", "b", "c"], shown.Select(s => s.Id));
        Assert.All(shown, s => Assert.Equal(caller, s.Thread));
        Assert.All(computedOn, t => Assert.NotEqual(caller, t));
        Assert.True(File.Exists(ManifestOf(context)));
    }

    [Fact]
    public void A_failed_computation_surfaces_after_the_slides_before_it_are_shown_and_nothing_after_it_is_computed()
    {
        var shownFirst = false;
        var computedThird = false;
        var context = Context();

        var error = Assert.Throws<InvalidOperationException>(() => LessonRun.ExecuteAhead(context,
        [
            _ => () =>
            {
                shownFirst = true;
                return new SlideOutcome("first", []);
            },
            _ => throw new InvalidOperationException("the second slide's model is damaged"),
            _ =>
            {
                computedThird = true;
                return () => new SlideOutcome("third", []);
            },
        ]));

        Assert.Equal("the second slide's model is damaged", error.Message);
        Assert.True(shownFirst, "the slide before the failure is shown first");
        Assert.False(computedThird, "nothing is computed after a failed computation");
        Assert.False(File.Exists(ManifestOf(context)), "no manifest for a failed run");
    }

    [Fact]
    public void A_failed_show_stops_the_worker_before_its_next_slide_and_waits_for_the_one_it_is_computing()
    {
        using var secondStarted = new ManualResetEventSlim();
        var secondFinished = false;
        var computedThird = false;
        var context = Context();

        Assert.Throws<IOException>(() => LessonRun.ExecuteAhead(context,
        [
            _ => () =>
            {
                Assert.True(secondStarted.Wait(Patience));
                throw new IOException("disk full");
            },
            _ =>
            {
                secondStarted.Set();
                Thread.Sleep(300); // still computing when the first slide's show fails
                secondFinished = true;
                return () => new SlideOutcome("second", []);
            },
            _ =>
            {
                computedThird = true;
                return () => new SlideOutcome("third", []);
            },
        ]));

        Assert.True(secondFinished, "the run returned while the worker was still computing");
        Assert.False(computedThird, "the worker went on to the next slide after the run failed");
        Assert.False(File.Exists(ManifestOf(context)));
    }
}
