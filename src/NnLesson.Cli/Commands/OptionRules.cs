using System.CommandLine;
using NnLesson.Figures;
using NnLesson.Slides.Running;

namespace NnLesson.Cli.Commands;

/// <summary>Validators for numeric options; a violation is a usage error (exit code 2) with a one-line message.</summary>
internal static class OptionRules
{
    public static void Range(Option<int> option, int min, int max, string name, Lang lang) =>
        option.Validators.Add(result =>
        {
            if (!TryGetValue<int>(result, lang, out var value))
            {
                return;
            }
            if (value < min || value > max)
            {
                result.AddError(lang.Text($"{name} має бути від {min} до {max} (дано {value}).", $"{name} must be between {min} and {max} (got {value})."));
            }
        });

    /// <summary>
    /// Reads the option's text with <see cref="DecimalNumber"/>: "0,5" and "0.5" both mean 0.5, anything ambiguous
    /// is a usage error naming the option. Used by every floating-point option.
    /// </summary>
    public static void Decimal(Option<double> option, string name, Lang lang) =>
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (DecimalNumber.TryParse(text) is { } value)
            {
                return value;
            }
            result.AddError(DecimalNumber.Refusal(name, text, lang));
            return 0;
        };

    public static void PositiveFinite(Option<double> option, string name, Lang lang) =>
        option.Validators.Add(result =>
        {
            if (!TryGetValue<double>(result, lang, out var value))
            {
                return;
            }
            if (!double.IsFinite(value) || value <= 0)
            {
                result.AddError(lang.Text($"{name} має бути додатним скінченним числом (дано {value}).", $"{name} must be a positive finite number (got {value})."));
            }
        });

    public static void AtMost(Option<double> option, double max, string name, Lang lang) =>
        option.Validators.Add(result =>
        {
            if (TryGetValue<double>(result, lang, out var value) && double.IsFinite(value) && value > max)
            {
                result.AddError(lang.Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} має бути не більше {max} (дано {value})."),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} must be at most {max} (got {value}).")));
            }
        });

    public static void NonNegativeFinite(Option<double> option, string name, Lang lang) =>
        option.Validators.Add(result =>
        {
            if (!TryGetValue<double>(result, lang, out var value))
            {
                return;
            }
            if (!double.IsFinite(value) || value < 0)
            {
                result.AddError(lang.Text($"{name} має бути нулем або додатним скінченним числом (дано {value}).", $"{name} must be zero or a positive finite number (got {value})."));
            }
        });

    /// <summary>
    /// The option's value, or false when its text does not parse ("--top five"): then the conversion
    /// message becomes the usage error, instead of the exception GetValueOrDefault throws.
    /// </summary>
    private static bool TryGetValue<T>(System.CommandLine.Parsing.OptionResult result, Lang lang, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>()!;
            return true;
        }
        catch (InvalidOperationException e)
        {
            result.AddError(ParseErrorText.In(e.Message, lang));
            value = default!;
            return false;
        }
    }
}
