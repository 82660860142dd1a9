using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Frames;

/// <summary>
/// Settings to and from the JSON the page sends (names as in its URL: dataset, noise, points, split, seed, units,
/// activation, lr, batch, l2, speed, edits). Missing fields take <see cref="PlaygroundSettings.Default"/>'s values;
/// a field of the wrong type is a <see cref="LessonException"/> with one line, never a crash.
/// </summary>
internal static class SettingsJson
{
    public static PlaygroundSettings FromJson(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            throw new LessonException("Налаштування мають бути об’єктом JSON.", "Settings must be a JSON object.");
        }
        var d = PlaygroundSettings.Default;
        try
        {
            var units = o["units"] switch
            {
                null => d.Units,
                JsonArray array => array.Select(u => u is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n)
                    ? n : throw new LessonException(
                        "Налаштування: «units» має бути списком цілих чисел, по одному на прихований шар.",
                        "Settings: \"units\" must be a list of whole numbers, one per hidden layer.")).ToArray(),
                _ => throw new LessonException(
                    "Налаштування: «units» має бути списком цілих чисел, по одному на прихований шар.",
                    "Settings: \"units\" must be a list of whole numbers, one per hidden layer."),
            };
            var edits = o["edits"] switch
            {
                null => [],
                JsonArray list => list.Select(Edit).ToArray(),
                _ => throw new LessonException(
                    "Налаштування: «edits» має бути списком змін точок.",
                    "Settings: \"edits\" must be a list of point edits."),
            };
            return new PlaygroundSettings(
                Dataset: Get(o, "dataset", d.Dataset), Noise: Get(o, "noise", d.Noise), Points: Get(o, "points", d.Points),
                ValidationFraction: Get(o, "split", d.ValidationFraction), Seed: Get(o, "seed", d.Seed), Units: units,
                Activation: Get(o, "activation", d.Activation), LearningRate: Get(o, "lr", d.LearningRate),
                Batch: Get(o, "batch", d.Batch), L2: Get(o, "l2", d.L2), StepsPerSecond: Get(o, "speed", d.StepsPerSecond), Edits: edits);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or NullReferenceException or OverflowException)
        {
            throw new LessonException("У налаштуваннях є значення не того типу.", "Settings have a value of the wrong type.", e);
        }
    }

    public static JsonObject ToJson(PlaygroundSettings s) => new()
    {
        ["dataset"] = s.Dataset,
        ["noise"] = s.Noise,
        ["points"] = s.Points,
        ["split"] = s.ValidationFraction,
        ["seed"] = s.Seed,
        ["units"] = new JsonArray(s.Units.Select(u => (JsonNode?)u).ToArray()),
        ["activation"] = s.Activation,
        ["lr"] = s.LearningRate,
        ["batch"] = s.Batch,
        ["l2"] = s.L2,
        ["speed"] = s.StepsPerSecond,
        ["edits"] = new JsonArray(s.Edits.Select(e => (JsonNode?)new JsonObject
        {
            ["op"] = e.Op, ["x"] = e.X, ["y"] = e.Y, ["label"] = e.Label, ["val"] = e.Validation, ["index"] = e.Index,
        }).ToArray()),
    };

    private static PointEdit Edit(JsonNode? node)
    {
        if (node is not JsonObject e)
        {
            throw new LessonException("Зміна точки має бути об’єктом JSON.", "A point edit must be a JSON object.");
        }
        return new PointEdit(Get(e, "op", ""), Get(e, "x", 0.0), Get(e, "y", 0.0), Get(e, "label", 0), Get(e, "val", false), Get(e, "index", 0));
    }

    /// <summary>The field, or <paramref name="fallback"/> when it is absent or null; a value of another type names the field.</summary>
    private static T Get<T>(JsonObject o, string name, T fallback)
    {
        try
        {
            return o[name] is { } value ? value.GetValue<T>() : fallback;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            throw new LessonException($"Налаштування: «{name}» має значення не того типу.", $"Settings: \"{name}\" has a value of the wrong type.");
        }
    }
}
