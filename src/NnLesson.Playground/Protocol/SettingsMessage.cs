using System.Text.Json.Serialization;
using NnLesson.Core;
using NnLesson.Core.Datasets;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Protocol;

/// <summary>
/// <see cref="PlaygroundSettings"/> as the page writes them (the names of its URL: dataset, noise, points, split, seed,
/// units, activation, lr, batch, l2, speed, edits). A field left out takes <see cref="PlaygroundSettings.Default"/>'s value.
/// </summary>
internal sealed record SettingsMessage(
    DatasetKind? Dataset = null, double? Noise = null, int? Points = null,
    [property: JsonPropertyName("split")] double? ValidationFraction = null, int? Seed = null, int[]? Units = null,
    HiddenActivation? Activation = null, [property: JsonPropertyName("lr")] double? LearningRate = null, int? Batch = null,
    double? L2 = null, [property: JsonPropertyName("speed")] int? StepsPerSecond = null, PointEditMessage[]? Edits = null)
{
    public PlaygroundSettings ToSettings()
    {
        var d = PlaygroundSettings.Default;
        return new PlaygroundSettings(Dataset ?? d.Dataset, Noise ?? d.Noise, Points ?? d.Points, ValidationFraction ?? d.ValidationFraction,
            Seed ?? d.Seed, Units ?? d.Units, Activation ?? d.Activation, LearningRate ?? d.LearningRate, Batch ?? d.Batch, L2 ?? d.L2,
            StepsPerSecond ?? d.StepsPerSecond, Edits?.Select(e => e.ToEdit()).ToArray() ?? []);
    }

    public static SettingsMessage From(PlaygroundSettings s) => new(s.Dataset, s.Noise, s.Points, s.ValidationFraction, s.Seed, s.Units,
        s.Activation, s.LearningRate, s.Batch, s.L2, s.StepsPerSecond, [.. s.Edits.Select(PointEditMessage.From)]);
}

/// <summary>A <see cref="PointEdit"/> as the page writes it (<c>val</c>: from the validation list).</summary>
internal sealed record PointEditMessage(PointEditKind? Op = null, double X = 0, double Y = 0, int Label = 0,
    [property: JsonPropertyName("val")] bool Validation = false, int Index = 0)
{
    public PointEdit ToEdit() => new(
        Op ?? throw new LessonException("Зміна точки має бути add або remove.", "A point edit must be add or remove."), X, Y, Label, Validation, Index);

    public static PointEditMessage From(PointEdit e) => new(e.Op, e.X, e.Y, e.Label, e.Validation, e.Index);
}
