using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Recipes;

/// <summary>
/// A slide as a recipe, one seam from computation to everything that shows it:
/// <list type="number">
/// <item><see cref="Compute"/>: the slide's math, pure (Core and Vision only; no console, no files, no language);
/// the same options and seed give the same result;</item>
/// <item><see cref="Report"/>: the console, in the run's language;</item>
/// <item><see cref="Figures"/>: the figures as jobs (file name + data record + figure), no math left to do;</item>
/// <item><see cref="Metrics"/> and <see cref="Parameters"/>: typed records that <see cref="RecipeRun"/> writes into
/// manifest.json under <c>metrics.&lt;id&gt;</c> and <c>parameters.&lt;id&gt;</c> (property names in snake_case).</item>
/// </list>
/// A new slide is one options record (or <see cref="NoOptions"/>), one result record, one recipe, its figures and one
/// catalogue line (<see cref="Running.SlideEntry.Of{TOptions, TResult, TMetrics, TParameters}"/>).
/// </summary>
public interface ISlideRecipe<in TOptions, TResult, out TMetrics, out TParameters>
{
    /// <summary>The slide's id, also its command name and the key of its manifest sections ("slide4").</summary>
    string Id { get; }

    /// <summary>The files <see cref="Figures"/> writes with default options, in order.</summary>
    IReadOnlyList<string> FigureFiles { get; }

    TResult Compute(TOptions options, int seed);

    void Report(TResult result, ISlideReporter reporter, Lang lang);

    IReadOnlyList<FigureJob> Figures(TResult result);

    TMetrics Metrics(TResult result);

    TParameters Parameters(TResult result);
}

/// <summary>The options of a slide that has none beyond the common ones (seed, language, size, folder).</summary>
public sealed record NoOptions
{
    public static readonly NoOptions Value = new();
}
