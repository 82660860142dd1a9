using NnLesson.Figures;
using System.Globalization;

namespace NnLesson.Slides.Running;

/// <summary>
/// Reads a number written with a decimal point or a decimal comma: "0.5" and "0,5" are both 0.5 (Ukrainian
/// writes a comma). Invariant-culture parsing took "0,5" for 5 (the comma as a thousands separator), so a
/// learning rate ten times too big was used silently. No thousands separators are accepted at all: "1,000.5",
/// "1.000,5", "0,1,2" and "1 000" are refused (null), never guessed. An exponent is allowed ("1e-3", "2,5e-1").
/// </summary>
public static class DecimalNumber
{
    /// <summary>The value, or null when <paramref name="text"/> is not one plain decimal number.</summary>
    public static double? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        // One separator at most, of either kind.
        if (trimmed.Count(c => c is '.' or ',') > 1)
        {
            return null;
        }
        return double.TryParse(trimmed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>What a refusal says, e.g. "--lr must be a number such as 0.5 or 0,5 (got '1,000.5')".</summary>
    public static string Refusal(string option, string text, Lang lang = Lang.En) => lang.Text(
        $"{option} має бути числом на зразок 0,5 або 0.5, без роздільників тисяч (дано «{text}»).",
        $"{option} must be a number such as 0.5 or 0,5, without thousands separators (got '{text}').");
}
