using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NnLesson.Core;

namespace NnLesson.Playground.Protocol;

/// <summary>
/// The MLP page's messages to and from JSON: camelCase names, enums as lower-case words ("moons", "tanh", "add"),
/// invariant numbers. Reading is strict — not JSON, a key named twice, an unknown type or a value of the wrong type is
/// one <see cref="LessonException"/> in both languages that names what was wrong, never a crash of the session.
/// </summary>
internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        AllowOutOfOrderMetadataProperties = true, // "type" may come anywhere in the object
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <exception cref="LessonException">What the message got wrong.</exception>
    public static ClientMessage Read(string text)
    {
        string? type;
        try
        {
            using var document = JsonDocument.Parse(text);
            type = document.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("type", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (JsonException)
        {
            throw new LessonException("Повідомлення — не коректний JSON.", "The message is not valid JSON.");
        }
        if (type is null || !ClientMessage.Types.Contains(type))
        {
            throw new LessonException($"Невідомий тип повідомлення «{type}».", $"Unknown message type '{type}'.");
        }
        try
        {
            return JsonSerializer.Deserialize<ClientMessage>(text, Options)!;
        }
        catch (JsonException e) when (IsDuplicate(text))
        {
            throw new LessonException("Повідомлення називає якийсь ключ двічі.", "The message names a key twice.", e);
        }
        catch (JsonException e)
        {
            var field = FieldName(e.Path);
            if (Words.TryGetValue(field.Split('.')[^1], out var words))
            {
                throw new LessonException($"Поле «{field}» має бути одним зі слів: {words}.", $"The field '{field}' must be one of {words}.", e);
            }
            throw new LessonException($"Поле «{field}» має значення не того типу.", $"The field '{field}' has a value of the wrong type.", e);
        }
    }

    /// <summary>The words a field of an enum type takes, for the answer to any other value.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["dataset"] = WordsOf<Core.Datasets.DatasetKind>(),
        ["activation"] = WordsOf<Model.HiddenActivation>(),
        ["op"] = WordsOf<Model.PointEditKind>(),
    };

    private static string WordsOf<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>"$.settings.units[1]" → "settings.units": the field as the page names it.</summary>
    private static string FieldName(string? path)
    {
        var field = (path ?? "$").TrimStart('$').TrimStart('.');
        var bracket = field.IndexOf('[');
        field = bracket >= 0 ? field[..bracket] : field;
        return field.Length == 0 ? "type" : field;
    }

    public static byte[] Write(ServerMessage message) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Options));

    /// <summary>Whether the text (valid JSON) names a key twice in some object.</summary>
    private static bool IsDuplicate(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }
}
