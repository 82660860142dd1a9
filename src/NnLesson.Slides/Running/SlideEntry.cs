using NnLesson.Figures;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Running;

/// <summary>
/// One slide in the catalogue: its id (also the command name), a title, the figure files it writes with default
/// options, and its one path with those defaults: <see cref="Compute"/>, the computation (showing its stages on the
/// progress it is given), then the returned <see cref="ComputedSlide"/> shows it. The command line's <c>all</c> and the
/// figure tests both walk this list, so a new slide is added in one place.
/// </summary>
public sealed record SlideEntry(
    string Id,
    Localized Title,
    IReadOnlyList<string> FigureFiles,
    Func<SlideContext, ISlideProgress, ComputedSlide> Compute)
{
    /// <summary>The catalogue line of a recipe: its id, figure files and its computation with <paramref name="defaults"/>.</summary>
    public static SlideEntry Of<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, Localized title, TOptions defaults) =>
        new(recipe.Id, title, recipe.FigureFiles, (context, progress) => RecipeRun.Computed(recipe, context, defaults, progress));

    /// <summary>The slide's own command: progress bars while it computes, then shown at once.</summary>
    public SlideOutcome RunWithDefaults(SlideContext context) => Compute(context, SlideProgress.Live(context.Reporter, context.Lang))();

    /// <summary>Computed silently (no bars: <c>all</c> computes ahead on a worker thread), shown when the result is called.</summary>
    public ComputedSlide ComputeWithDefaults(SlideContext context) => Compute(context, SlideProgress.None);
}
