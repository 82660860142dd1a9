using System.Text.Json.Nodes;
using NnLesson.Figures.Output;

namespace NnLesson.Slides.Running;

/// <summary>
/// What one slide produced: its figures, its measured numbers (under <c>metrics.&lt;slide id&gt;</c> in the
/// manifest) and the slide-specific parameters it ran with (under <c>parameters.&lt;slide id&gt;</c>).
/// </summary>
public sealed record SlideOutcome(
    string SlideId,
    IReadOnlyList<SavedFigure> Figures,
    JsonObject? Metrics = null,
    JsonObject? Parameters = null);
