using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NnLesson.Figures.Output;
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

    public static SlideOutcome Run<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, SlideContext context, TOptions options) =>
        Computed(recipe, context, options)();

    /// <summary>The recipe's computation done now; the slide shown (report, figures, manifest records) when the result is called.</summary>
    public static ComputedSlide Computed<TOptions, TResult, TMetrics, TParameters>(
        ISlideRecipe<TOptions, TResult, TMetrics, TParameters> recipe, SlideContext context, TOptions options)
    {
        var result = recipe.Compute(options, context.Seed);
        return () =>
        {
            recipe.Report(result, context.Reporter, context.Lang);
            var figures = FigureJob.RenderAll(recipe.Figures(result), context.Lang, context.Size, context.OutputDirectory);
            return new SlideOutcome(recipe.Id, figures, ToJson(recipe.Metrics(result)), ToJson(recipe.Parameters(result)));
        };
    }

    /// <summary>A typed record as the JSON object the manifest stores.</summary>
    public static JsonObject ToJson<T>(T record) =>
        JsonSerializer.SerializeToNode(record, ManifestJson) as JsonObject
        ?? throw new ArgumentException($"{typeof(T).Name} does not serialise to a JSON object.", nameof(record));
}
