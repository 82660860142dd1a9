using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Recipes;

/// <summary>
/// A slide as a recipe, one seam from computation to everything that shows it:
/// <list type="number">
/// <item><see cref="Compute"/>: the slide's math, pure (Core and Vision only; no console lines, no files); the same
/// options and seed give the same result; a slide that takes a while shows its stages on <c>progress</c> (bars only);</item>
/// <item><see cref="Report"/>: the console, in the run's language, always after the fact;</item>
/// <item><see cref="Figures"/>: the figures as jobs (file name + data record + figure), no math left to do;</item>
/// <item><see cref="Files"/>: any other file (teach's <c>head.json</c>), written after the figures;</item>
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

    TResult Compute(TOptions options, int seed, ISlideProgress progress);

    void Report(TResult result, ISlideReporter reporter, Lang lang);

    IReadOnlyList<FigureJob> Figures(TResult result);

    /// <summary>Files that are not figures; most slides write none.</summary>
    IReadOnlyList<OutputJob> Files(TResult result) => [];

    TMetrics Metrics(TResult result);

    TParameters Parameters(TResult result);
}

/// <summary>The options of a slide that has none beyond the common ones (seed, language, size, folder).</summary>
public sealed record NoOptions
{
    public static readonly NoOptions Value = new();
}
