using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Figures;
using NnLesson.Figures.Text;

namespace NnLesson.Slides.Deck;

/// <summary>
/// A slide's metrics from the manifest as rows "name → value" for the deck page: nested objects are
/// flattened to "AND · epochs", numbers get 4 significant digits in the page's language, short arrays
/// are listed, long ones summarised by their length.
/// </summary>
internal static class KeyNumbers
{
    /// <summary>Arrays up to this length are listed in full.</summary>
    private const int ListedItems = 8;

    public static IReadOnlyList<(string Name, string Value)> Of(JsonNode? metrics, Lang lang)
    {
        var rows = new List<(string, string)>();
        if (metrics is JsonObject obj)
        {
            Flatten(obj, "", rows, lang, depth: 0);
        }
        return rows;
    }

    private static void Flatten(JsonObject obj, string prefix, List<(string, string)> rows, Lang lang, int depth)
    {
        foreach (var (key, value) in obj)
        {
            var name = prefix.Length == 0 ? key : $"{prefix} · {key}";
            if (value is JsonObject nested && depth < 2)
            {
                Flatten(nested, name, rows, lang, depth + 1);
            }
            else if (value is not null)
            {
                rows.Add((name, Format(value, lang)));
            }
        }
    }

    public static string Format(JsonNode node, Lang lang) => node switch
    {
        JsonArray array when array.Count <= ListedItems => "[" + string.Join(NumberText.ListSeparator(lang), array.Select(i => i is null ? "–" : Format(i, lang))) + "]",
        JsonArray array => lang == Lang.Uk ? $"[{array.Count} значень]" : $"[{array.Count} values]",
        JsonObject obj => "{" + string.Join(NumberText.ListSeparator(lang), obj.Select(p => $"{p.Key}: {(p.Value is null ? "–" : Format(p.Value, lang))}")) + "}",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => DeckTexts.Yes.For(lang),
            JsonValueKind.False => DeckTexts.No.For(lang),
            JsonValueKind.Number => Number(value.ToJsonString(), lang),
            _ => value.ToString(),
        },
        _ => node.ToJsonString(),
    };

    /// <summary>A JSON number as written in the file: whole numbers as they are, others with 4 significant digits.</summary>
    private static string Number(string json, Lang lang) =>
        long.TryParse(json, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)
            ? whole.ToString(CultureInfo.InvariantCulture)
            : NumberText.Significant(double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture), 4, lang);
}
