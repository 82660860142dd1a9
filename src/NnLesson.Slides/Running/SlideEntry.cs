using NnLesson.Figures;
using NnLesson.Slides.Recipes;

namespace NnLesson.Slides.Running;

/// <summary>
/// One slide in the catalogue: its id (also the command name), a title, the figure files it writes
/// with default options, and how to run it with those defaults: <see cref="RunWithDefaults"/> live (the slide's own
/// command: a slide that trains shows progress as it goes), <see cref="ComputeWithDefaults"/> in two steps, its
/// computation first, silent, then <see cref="ComputedSlide"/> to show it (<c>all</c>, which computes ahead). The
/// command line's <c>all</c> and the figure tests both walk this list, so a new slide is added in one place.
/// </summary>
public sealed record SlideEntry(
    string Id,
    Localized Title,
    IReadOnlyList<string> FigureFiles,
    Func<SlideContext, SlideOutcome> RunWithDefaults,
    Func<SlideContext, ComputedSlide> ComputeWithDefaults)
{
    /// <summary>The catalogue line of a recipe: its id, figure files and a run with <paramref name="defaults"/>.</summary>
    public static SlideEntry Of<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, Localized title, TOptions defaults) =>
        new(recipe.Id, title, recipe.FigureFiles, context => RecipeRun.Run(recipe, context, defaults),
            context => RecipeRun.Computed(recipe, context, defaults));
}
