using NnLesson.Figures.Output;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Recipes;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// <see cref="FigureJob.RenderAll"/> draws a slide's figures side by side. What must not change with that: the
/// figures come back in the order the recipe declared them (the manifest lists them so), the files are the same
/// bytes as when drawn one after another, and a failing figure surfaces as its own exception (one console line),
/// not as an AggregateException.
/// </summary>
public class FigureJobRenderAllTests
{
    private static readonly FigureSize Small = new(320, 180);

    /// <summary>A job that writes nothing and reports a figure named after its file, after <paramref name="before"/> ran.</summary>
    private static FigureJob Fake(string name, Action before) =>
        FigureJob.Of(name, name, (data, _, _, path) =>
        {
            before();
            return new SavedFigure(path, 1, 1, data);
        });

    [Fact]
    public void The_results_keep_the_jobs_order_even_when_the_first_job_finishes_last()
    {
        using var secondDone = new ManualResetEventSlim();
        var jobs = new[]
        {
            // Waits (bounded, so a run on one thread still ends) for the second job: the first result is written last.
            Fake("first.png", () => secondDone.Wait(TimeSpan.FromSeconds(2))),
            Fake("second.png", secondDone.Set),
            Fake("third.png", () => { }),
        };

        var saved = FigureJob.RenderAll(jobs, Lang.En, Small, RepoPaths.NewTempFolder());

        Assert.Equal(["first.png", "second.png", "third.png"], saved.Select(s => s.Sha256));
    }

    [Fact]
    public void A_failing_job_surfaces_as_its_own_exception_and_the_first_failure_in_job_order_wins()
    {
        var jobs = new[]
        {
            Fake("ok.png", () => { }),
            Fake("bad-1.png", () => throw new InvalidDataException("first broken figure")),
            Fake("bad-2.png", () => throw new InvalidOperationException("second broken figure")),
        };

        var failure = Assert.Throws<InvalidDataException>(() => FigureJob.RenderAll(jobs, Lang.En, Small, RepoPaths.NewTempFolder()));

        Assert.Equal("first broken figure", failure.Message);
    }

    [Fact]
    public void Slide_3s_figures_drawn_side_by_side_are_byte_identical_to_those_drawn_one_after_another()
    {
        var recipe = Slide3PerceptronGate.Recipe;
        var result = ((ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>)recipe).Compute(NoOptions.Value, 7);
        var jobs = ((ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>)recipe).Figures(result);

        var oneByOne = jobs.Select(job => job.Render(Lang.Uk, Small, RepoPaths.NewTempFolder())).ToList();
        var sideBySide = FigureJob.RenderAll(jobs, Lang.Uk, Small, RepoPaths.NewTempFolder());

        Assert.Equal(jobs.Count, sideBySide.Count);
        Assert.Equal(oneByOne.Select(f => (Path.GetFileName(f.Path), f.Sha256)), sideBySide.Select(f => (Path.GetFileName(f.Path), f.Sha256)));
    }
}
