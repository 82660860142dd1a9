using System.Text.Json.Nodes;

namespace NnLesson.Playground.Teach;

/// <summary>Reading the fields of a page's JSON message; a missing or wrong field is a <see cref="TeachRejection"/> naming it.</summary>
internal static class TeachJson
{
    public static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;

    public static int Int(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
            ? (int)d
            : throw new TeachRejection($"Потрібне ціле число «{name}».", $"The message needs an integer '{name}'.");

    public static double Number(JsonObject o, string name, double fallback) =>
        o[name] is null ? fallback
        : o[name] is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d) && Math.Abs(d) < 1e9 ? d
        : throw new TeachRejection($"«{name}» має бути числом.", $"'{name}' must be a number.");
}
