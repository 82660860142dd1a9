using NnLesson.Figures.Output;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Recipes;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// <see cref="FigureJob.RenderAll"/> draws a slide's animations first and encodes them in the background while the
/// still figures are drawn. What must not change with that: the results come in the order the recipe declared
/// (the manifest lists them so), every file has the same bytes as when each job is rendered on its own, and a
/// failing figure surfaces as its own exception once the background encoding has finished writing.
/// </summary>
public class FigureJobRenderAllTests
{
    private static readonly FigureSize Small = new(320, 180);

    private static IReadOnlyList<FigureJob> Slide3Jobs()
    {
        var recipe = (ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>)Slide3PerceptronGate.Recipe;
        return recipe.Figures(recipe.Compute(NoOptions.Value, 7, SlideProgress.None));
    }

    [Fact]
    public void Slide_3s_figures_come_in_the_declared_order_with_the_same_bytes_as_one_job_at_a_time()
    {
        var jobs = Slide3Jobs();
        Assert.EndsWith(".gif", jobs[^1].FileName); // the animation is declared last, yet drawn first

        var oneByOne = jobs.Select(job => job.Render(Lang.Uk, Small, RepoPaths.NewTempFolder("one-by-one"))).ToList();
        var together = FigureJob.RenderAll(jobs, Lang.Uk, Small, RepoPaths.NewTempFolder("together"));

        Assert.Equal(jobs.Select(j => j.FileName), together.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(oneByOne.Select(f => f.Sha256), together.Select(f => f.Sha256));
    }

    [Fact]
    public void A_failing_still_figure_surfaces_as_its_own_exception_after_the_animation_was_written()
    {
        var gif = Slide3Jobs()[^1];
        var broken = FigureJob.Of("broken.png", "data", (string _, Lang _, FigureSize _, string _) => throw new InvalidDataException("the broken figure"));
        var folder = RepoPaths.NewTempFolder("failing");

        var failure = Assert.Throws<InvalidDataException>(() => FigureJob.RenderAll([broken, gif], Lang.En, Small, folder));

        Assert.Equal("the broken figure", failure.Message);
        Assert.True(File.Exists(Path.Combine(folder, gif.FileName)), "the background encoding finished before the failure was reported");
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }
}
