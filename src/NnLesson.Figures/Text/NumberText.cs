using System.Globalization;

namespace NnLesson.Figures.Text;

/// <summary>
/// The one way figures and the console write numbers, in the run's language:
/// <list type="bullet">
/// <item>Ukrainian uses the decimal comma (0,25), English the decimal point (0.25);</item>
/// <item>negative numbers get a true minus sign "−" (U+2212), which reads better on a projector than a hyphen,
/// and a number that rounds to zero never shows as "−0,00";</item>
/// <item>digits of the integer part are grouped in threes with a no-break space from 10 000 on, in both
/// languages ("405 900", but "2000"): a comma would be a decimal comma to a Ukrainian reader, and ДСТУ and
/// the SI both leave four-digit numbers whole;</item>
/// <item>a percentage is "96,5 %" in Ukrainian (no-break space before %) and "96.5%" in English;</item>
/// <item>a list of numbers is separated by "; " in Ukrainian, so "(0,485; 0,456; 0,406)" stays unambiguous,
/// and by ", " in English;</item>
/// <item>NaN is written "NaN" and infinities "∞" / "−∞", never an exception;</item>
/// <item>rounding is .NET's invariant formatting of the exact binary value (a tie such as 0.125 → "0,12" goes to even).</item>
/// </list>
/// The console follows the same rule (a lecturer runs the demos live before a Ukrainian audience); only machine-read
/// output such as manifest.json stays invariant.
/// </summary>
public static class NumberText
{
    /// <summary>U+2212 MINUS SIGN.</summary>
    public const char Minus = '\u2212';

    /// <summary>U+00A0 NO-BREAK SPACE: digit groups and the space before % never break across lines.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Integer parts with at least this many digits (10 000 and up) are grouped in threes.</summary>
    public const int GroupedDigits = 5;

    /// <summary>The most decimals a format accepts (a double holds about 15–17 significant digits).</summary>
    public const int MaxDecimals = 15;

    public static char DecimalSeparator(Lang lang) => lang == Lang.Uk ? ',' : '.';

    /// <summary>"; " in Ukrainian (the comma is taken by decimals), ", " in English.</summary>
    public static string ListSeparator(Lang lang) => lang == Lang.Uk ? "; " : ", ";

    /// <summary>Exactly <paramref name="decimals"/> decimals: Fixed(−0.27448, 3) = "−0,274" (uk) / "−0.274" (en).</summary>
    public static string Fixed(double value, int decimals, Lang lang)
    {
        CheckDecimals(decimals);
        return Format(value, "F" + decimals.ToString(CultureInfo.InvariantCulture), lang);
    }

    /// <summary>
    /// As few decimals as the value needs, at most <paramref name="maxDecimals"/>: 0.25 → "0,25", 2 → "2",
    /// 0.1 + 0.2 → "0,3" (the float noise is below the last decimal kept).
    /// </summary>
    public static string Plain(double value, Lang lang, int maxDecimals = 6)
    {
        CheckDecimals(maxDecimals);
        return Format(value, maxDecimals == 0 ? "0" : "0." + new string('#', maxDecimals), lang);
    }

    /// <summary>
    /// Rounded to <paramref name="digits"/> significant digits, trailing zeros dropped, never in scientific
    /// notation and never cutting integer digits: Significant(0.017632, 3) = "0,0176", Significant(1.6623, 3) = "1,66",
    /// Significant(123456, 3) = "123 456".
    /// </summary>
    public static string Significant(double value, int digits, Lang lang)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        if (!double.IsFinite(value) || value == 0)
        {
            return Plain(value, lang, 0);
        }
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Plain(value, lang, Math.Clamp(digits - 1 - magnitude, 0, MaxDecimals));
    }

    /// <summary>With its sign always written, as after normalisation where the sign matters: "+2,25", "−2,12", and "0,00" for zero.</summary>
    public static string Signed(double value, int decimals, Lang lang)
    {
        var text = Fixed(value, decimals, lang);
        var shownPositive = value > 0 && (HasNonZeroDigit(text) || double.IsPositiveInfinity(value));
        return shownPositive ? "+" + text : text;
    }

    /// <summary>
    /// A share 0…1 as a percentage with <paramref name="decimals"/> decimals: 0.965 → "96,5 %" (uk) / "96.5%" (en).
    /// A positive share too small to show becomes "&lt;0,1 %" rather than a misleading "0,0 %".
    /// </summary>
    public static string Percent(double share, Lang lang, int decimals = 1)
    {
        CheckDecimals(decimals);
        var percent = share * 100;
        var smallest = Math.Pow(10, -decimals);
        var number = percent > 0 && percent < smallest / 2
            ? "<" + Fixed(smallest, decimals, lang)
            : Fixed(percent, decimals, lang);
        return number + PercentSuffix(lang);
    }

    /// <summary>" %" with a no-break space in Ukrainian (as its typography writes it), "%" straight after the number in English.</summary>
    public static string PercentSuffix(Lang lang) => lang == Lang.Uk ? NoBreakSpace + "%" : "%";

    /// <summary>
    /// Scientific notation with a raised power of ten: Scientific(9.5367e-7, 1) = "9,5·10⁻⁷" (uk) / "9.5·10⁻⁷" (en).
    /// The mantissa is in [1, 10) after rounding (9.96e-7 with one decimal is "1,0·10⁻⁶"), the exponent always
    /// written (9.5 is "9,5·10⁰"); zero is "0".
    /// </summary>
    public static string Scientific(double value, int mantissaDecimals, Lang lang)
    {
        CheckDecimals(mantissaDecimals);
        if (!double.IsFinite(value) || value == 0)
        {
            return Plain(value, lang, 0);
        }
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = Math.Abs(value) / Math.Pow(10, exponent);
        if (Fixed(mantissa, mantissaDecimals, Lang.En).StartsWith("10", StringComparison.Ordinal))
        {
            // 9.96 shown with one decimal would read "10.0": move the point instead.
            exponent++;
            mantissa /= 10;
        }
        return (value < 0 ? Minus.ToString() : "") + Fixed(mantissa, mantissaDecimals, lang) + "·10" + Superscript(exponent);
    }

    /// <summary>10 to the power <paramref name="exponent"/> as an axis reads it: "1" for 10⁰, "10" for 10¹, otherwise "10⁻³", "10⁶".</summary>
    public static string PowerOfTen(int exponent) => exponent switch
    {
        0 => "1",
        1 => "10",
        _ => "10" + Superscript(exponent),
    };

    /// <summary>An integer as superscript digits (⁰¹²³⁴⁵⁶⁷⁸⁹, minus ⁻), all in the bundled font: −7 → "⁻⁷".</summary>
    public static string Superscript(long n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => c switch
    {
        '-' => '⁻',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        _ => (char)('⁰' + (c - '0')),
    }));

    /// <summary>An integer as subscript digits (₀…₉), for names such as h₁₂: 12 → "₁₂". Negative numbers are refused.</summary>
    public static string Subscript(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));
    }

    /// <summary>A whole number, grouped from 10 000 on: 405900 → "405 900", 1000 → "1000", −12345 → "−12 345".</summary>
    public static string Integer(long n, Lang lang)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture).TrimStart('-');
        return Compose(n < 0, digits, lang);
    }

    /// <summary>Items joined with the language's list separator (see <see cref="ListSeparator"/>).</summary>
    public static string List(IEnumerable<string> items, Lang lang) => string.Join(ListSeparator(lang), items);

    /// <summary>A parenthesised list with fixed decimals: (0.485, 0.456, 0.406) → "(0,485; 0,456; 0,406)" in Ukrainian.</summary>
    public static string Tuple(IEnumerable<double> values, int decimals, Lang lang) =>
        "(" + List(values.Select(v => Fixed(v, decimals, lang)), lang) + ")";

    /// <summary>
    /// An axis tick label: the shortest exact form (ScottPlot's 0.30000000000000004 becomes "0,3"), true minus,
    /// the same grouping as every other number. Use through <see cref="TickLabels"/>.
    /// </summary>
    public static string TickLabel(double value, Lang lang) =>
        double.IsFinite(value) ? Plain(Math.Round(value, 10), lang, 10) : Plain(value, lang, 0);

    /// <summary>Formats the absolute value invariantly with <paramref name="format"/>, then applies sign, grouping and separator.</summary>
    private static string Format(double value, string format, Lang lang)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }
        var digits = Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        // The sign follows what is shown: −0.0001 with three decimals is "0,000", not "−0,000".
        return Compose(value < 0 && HasNonZeroDigit(digits), digits, lang);
    }

    /// <summary>"12345.6" (invariant, unsigned) → "12 345,6" in Ukrainian, with a leading minus when <paramref name="negative"/>.</summary>
    private static string Compose(bool negative, string digits, Lang lang)
    {
        var point = digits.IndexOf('.');
        var integer = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : DecimalSeparator(lang) + digits[(point + 1)..];
        if (integer.Length >= GroupedDigits)
        {
            var grouped = new System.Text.StringBuilder();
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    grouped.Append(NoBreakSpace);
                }
                grouped.Append(integer[i]);
            }
            integer = grouped.ToString();
        }
        return (negative ? Minus.ToString() : "") + integer + fraction;
    }

    private static bool HasNonZeroDigit(string text) => text.Any(c => c is >= '1' and <= '9');

    private static void CheckDecimals(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
    }
}
