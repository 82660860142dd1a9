using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NnLesson.Figures.Output;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Recipes;

/// <summary>Runs a recipe in a context: compute → report → figures → metrics and parameters as JSON.</summary>
internal static class RecipeRun
{
    /// <summary>
    /// How typed metrics and parameters become manifest JSON: property names in snake_case (PlaneFractionClass1 →
    /// plane_fraction_class1), numbers invariant as JSON always is; a <c>[JsonPropertyName]</c> keeps a documented
    /// key that snake_case cannot spell ("AND", "sigmoid_factor_10_layers"). The resolver is named explicitly: a
    /// single-file program (<c>dotnet run slides/x.cs</c>) turns reflection-based serialisation off by default.
    /// </summary>
    public static readonly JsonSerializerOptions ManifestJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The slide run live: progress bars while it computes, then the report, figures, files and manifest records.</summary>
    public static SlideOutcome Run<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, SlideContext context, TOptions options) =>
        Computed(recipe, context, options, SlideProgress.Live(context.Reporter, context.Lang))();

    /// <summary>
    /// The recipe's computation done now (its stages shown on <paramref name="progress"/>); the slide shown (report,
    /// figures, other files, manifest records) when the result is called. The one path every slide takes: live, it is
    /// called at once; in <c>all</c> it is computed ahead on a worker thread with <see cref="SlideProgress.None"/>.
    /// </summary>
    public static ComputedSlide Computed<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, SlideContext context, TOptions options, ISlideProgress progress)
    {
        var result = recipe.Compute(options, context.Seed, progress);
        return () =>
        {
            recipe.Report(result, context.Reporter, context.Lang);
            var figures = FigureJob.RenderAll(recipe.Figures(result), context.Lang, context.Size, context.OutputDirectory);
            foreach (var file in recipe.Files(result))
            {
                var path = context.OutputPath(file.FileName);
                file.Write(path);
                if (file.SavedLine is { } saved)
                {
                    context.Reporter.Line(saved(path, context.Lang));
                }
            }
            return new SlideOutcome(recipe.Id, figures, ToJsonOrNull(recipe.Metrics(result)), ToJsonOrNull(recipe.Parameters(result)));
        };
    }

    /// <summary>A slide that did not run (teach without a data set) records nothing.</summary>
    private static JsonObject? ToJsonOrNull<T>(T record) => record is null ? null : ToJson(record);

    /// <summary>A typed record as the JSON object the manifest stores.</summary>
    public static JsonObject ToJson<T>(T record) =>
        JsonSerializer.SerializeToNode(record, ManifestJson) as JsonObject
        ?? throw new ArgumentException($"{typeof(T).Name} does not serialise to a JSON object.", nameof(record));
}
