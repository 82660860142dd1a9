using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Figures;
using NnLesson.Figures.Text;

namespace NnLesson.Slides.Deck;

/// <summary>
/// A slide's metrics from the manifest as rows "name → value" for the deck page and lecture.pptx's notes: keys
/// named in the run's language (<see cref="MetricLabels"/>), nested objects flattened to "AND · епохи", numbers
/// with 4 significant digits in the page's language (tiny ones as 3,5·10⁻⁹), short arrays listed, long ones
/// summarised by their length.
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
            var label = MetricLabels.For(key, lang);
            var name = prefix.Length == 0 ? label : $"{prefix} · {label}";
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
        JsonArray array => "[" + DeckTexts.Values(array.Count, lang) + "]",
        JsonObject obj => "{" + string.Join(NumberText.ListSeparator(lang), obj.Select(p => $"{MetricLabels.For(p.Key, lang)}: {(p.Value is null ? "–" : Format(p.Value, lang))}")) + "}",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => DeckTexts.Yes.For(lang),
            JsonValueKind.False => DeckTexts.No.For(lang),
            JsonValueKind.Number => Number(value.ToJsonString(), lang),
            _ => value.ToString(),
        },
        _ => node.ToJsonString(),
    };

    /// <summary>Below this size a number reads better as a power of ten (3,5·10⁻⁹ instead of 0,000000003544).</summary>
    private const double ScientificBelow = 1e-3;

    /// <summary>
    /// A JSON number as written in the file: whole numbers as they are, tiny ones as a power of ten with 2 significant
    /// digits, others with 4 significant digits.
    /// </summary>
    private static string Number(string json, Lang lang)
    {
        if (long.TryParse(json, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }
        var value = double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture);
        return value != 0 && Math.Abs(value) < ScientificBelow
            ? NumberText.Scientific(value, 1, lang)
            : NumberText.Significant(value, 4, lang);
    }
}
