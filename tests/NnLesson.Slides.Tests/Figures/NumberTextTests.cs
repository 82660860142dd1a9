using NnLesson.Figures.Common;
using NnLesson.Figures.Text;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// The shared number formatter of every figure. Expected strings are written out by hand from the rules:
/// Ukrainian decimal comma and "; " between listed decimals, English decimal point; U+2212 minus; no-break
/// space (U+00A0) grouping from 10 000 on; "96,5 %" (no-break space) in Ukrainian, "96.5%" in English.
/// </summary>
public class NumberTextTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData(0.2684, 3, "0,268", "0.268")]
    [InlineData(0.2686, 3, "0,269", "0.269")]
    [InlineData(-0.27448, 3, "−0,274", "−0.274")]
    [InlineData(-0.2686, 3, "−0,269", "−0.269")]
    [InlineData(2, 2, "2,00", "2.00")]
    [InlineData(-3, 0, "−3", "−3")]
    [InlineData(0.96, 0, "1", "1")]
    public void Fixed_rounds_to_the_given_decimals_with_the_languages_separator(double value, int decimals, string uk, string en)
    {
        Assert.Equal(uk, NumberText.Fixed(value, decimals, Lang.Uk));
        Assert.Equal(en, NumberText.Fixed(value, decimals, Lang.En));
    }

    [Fact]
    public void Minus_is_the_true_minus_sign_and_never_on_a_number_shown_as_zero()
    {
        Assert.StartsWith("\u2212", NumberText.Fixed(-1.5, 1, Lang.En));
        Assert.DoesNotContain("-", NumberText.Fixed(-1.5, 1, Lang.Uk));
        Assert.Equal("0,000", NumberText.Fixed(-0.0001, 3, Lang.Uk));
        Assert.Equal("0", NumberText.Plain(-1e-9, Lang.En));
        Assert.Equal("0", NumberText.Fixed(-0.0, 0, Lang.Uk));
    }

    [Theory]
    [InlineData(0.25, "0,25", "0.25")]
    [InlineData(2, "2", "2")]
    [InlineData(-1.5, "−1,5", "−1.5")]
    [InlineData(0.1 + 0.2, "0,3", "0.3")] // 0.30000000000000004: the float noise is beyond the last decimal kept
    [InlineData(2000, "2000", "2000")]
    public void Plain_uses_as_few_decimals_as_the_value_needs(double value, string uk, string en)
    {
        Assert.Equal(uk, NumberText.Plain(value, Lang.Uk));
        Assert.Equal(en, NumberText.Plain(value, Lang.En));
    }

    [Fact]
    public void Significant_keeps_the_leading_digits_and_never_cuts_integer_digits()
    {
        Assert.Equal("0,0176", NumberText.Significant(0.017632, 3, Lang.Uk));
        Assert.Equal("1.66", NumberText.Significant(1.6623, 3, Lang.En));
        Assert.Equal("0,5", NumberText.Significant(0.5, 3, Lang.Uk)); // trailing zeros dropped
        Assert.Equal($"123{Nbsp}456", NumberText.Significant(123456, 3, Lang.En));
        Assert.Equal("−0,00012", NumberText.Significant(-0.000123, 2, Lang.Uk));
        Assert.Equal("0", NumberText.Significant(0, 3, Lang.Uk));
    }

    [Fact]
    public void Signed_writes_plus_for_positive_values_and_nothing_for_zero()
    {
        Assert.Equal("+2,25", NumberText.Signed(2.25, 2, Lang.Uk));
        Assert.Equal("−2,12", NumberText.Signed(-2.1179, 2, Lang.Uk));
        Assert.Equal("+0.50", NumberText.Signed(0.5, 2, Lang.En));
        Assert.Equal("0.00", NumberText.Signed(0.001, 2, Lang.En));
        Assert.Equal("0.00", NumberText.Signed(-0.001, 2, Lang.En));
        Assert.Equal("+∞", NumberText.Signed(double.PositiveInfinity, 2, Lang.En));
    }

    [Theory]
    [InlineData(0.965, $"96,5{Nbsp}%", "96.5%")]
    [InlineData(0.7051, $"70,5{Nbsp}%", "70.5%")]
    [InlineData(1.0, $"100,0{Nbsp}%", "100.0%")]
    [InlineData(0.0, $"0,0{Nbsp}%", "0.0%")]
    [InlineData(0.0004, $"<0,1{Nbsp}%", "<0.1%")]   // tiny but not zero: never a misleading 0,0 %
    [InlineData(0.00051, $"0,1{Nbsp}%", "0.1%")]    // 0.051 % rounds up to the first shown value
    public void Percent_follows_each_languages_typography(double share, string uk, string en)
    {
        Assert.Equal(uk, NumberText.Percent(share, Lang.Uk));
        Assert.Equal(en, NumberText.Percent(share, Lang.En));
    }

    [Fact]
    public void Percent_takes_other_precisions()
    {
        Assert.Equal($"97{Nbsp}%", NumberText.Percent(0.9712, Lang.Uk, decimals: 0));
        Assert.Equal("97.12%", NumberText.Percent(0.9712, Lang.En, decimals: 2));
        Assert.Equal("<0.01%", NumberText.Percent(1e-6, Lang.En, decimals: 2));
    }

    [Fact]
    public void Scientific_raises_the_power_of_ten_and_keeps_the_mantissa_below_ten()
    {
        // 0.25¹⁰ = 9.5367431640625e-7 exactly (2⁻²⁰).
        Assert.Equal("9,5·10⁻⁷", NumberText.Scientific(Math.Pow(0.25, 10), 1, Lang.Uk));
        Assert.Equal("9.5·10⁻⁷", NumberText.Scientific(Math.Pow(0.25, 10), 1, Lang.En));
        Assert.Equal("1,0·10⁻⁶", NumberText.Scientific(9.96e-7, 1, Lang.Uk));
        Assert.Equal("−1.23·10⁴", NumberText.Scientific(-12345, 2, Lang.En));
        Assert.Equal("2,5·10⁰", NumberText.Scientific(2.5, 1, Lang.Uk));
        Assert.Equal("3·10¹²", NumberText.Scientific(3e12, 0, Lang.En));
        Assert.Equal("0", NumberText.Scientific(0, 1, Lang.Uk));
    }

    [Fact]
    public void Powers_and_indices_use_the_fonts_superscript_and_subscript_digits()
    {
        Assert.Equal("⁻⁷", NumberText.Superscript(-7));
        Assert.Equal("¹²³⁴⁵⁶⁷⁸⁹⁰", NumberText.Superscript(1234567890));
        Assert.Equal("1", NumberText.PowerOfTen(0));
        Assert.Equal("10", NumberText.PowerOfTen(1));
        Assert.Equal("10⁻¹²", NumberText.PowerOfTen(-12));
        Assert.Equal("₁₂", NumberText.Subscript(12));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Subscript(-1));
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(1000L, "1000")]      // four digits stay whole
    [InlineData(9999L, "9999")]
    [InlineData(10000L, $"10{Nbsp}000")]
    [InlineData(405900L, $"405{Nbsp}900")]
    [InlineData(-1234567L, $"−1{Nbsp}234{Nbsp}567")]
    [InlineData(long.MinValue, $"−9{Nbsp}223{Nbsp}372{Nbsp}036{Nbsp}854{Nbsp}775{Nbsp}808")]
    public void Integers_are_grouped_from_ten_thousand_on_in_both_languages(long n, string expected)
    {
        Assert.Equal(expected, NumberText.Integer(n, Lang.Uk));
        Assert.Equal(expected, NumberText.Integer(n, Lang.En));
    }

    [Fact]
    public void Grouping_applies_to_the_integer_part_of_decimals_too()
    {
        Assert.Equal($"12{Nbsp}345,68", NumberText.Fixed(12345.678, 2, Lang.Uk));
        Assert.Equal($"10{Nbsp}000", NumberText.Fixed(9999.6, 0, Lang.En)); // rounding can add the fifth digit
        Assert.Equal("9999,4", NumberText.Fixed(9999.4, 1, Lang.Uk));
    }

    [Fact]
    public void Lists_of_decimals_are_separated_by_semicolons_in_Ukrainian()
    {
        double[] mean = [0.485, 0.456, 0.406];
        Assert.Equal("(0,485; 0,456; 0,406)", NumberText.Tuple(mean, 3, Lang.Uk));
        Assert.Equal("(0.485, 0.456, 0.406)", NumberText.Tuple(mean, 3, Lang.En));
        Assert.Equal("(−1,00; 1,00)", NumberText.Tuple([-1, 1], 2, Lang.Uk));
        Assert.Equal("a; b", NumberText.List(["a", "b"], Lang.Uk));
    }

    [Fact]
    public void Not_a_number_and_infinities_are_written_not_thrown()
    {
        foreach (var lang in new[] { Lang.Uk, Lang.En })
        {
            Assert.Equal("NaN", NumberText.Fixed(double.NaN, 2, lang));
            Assert.Equal("NaN", NumberText.Plain(double.NaN, lang));
            Assert.Equal("∞", NumberText.Fixed(double.PositiveInfinity, 3, lang));
            Assert.Equal("−∞", NumberText.Plain(double.NegativeInfinity, lang));
            Assert.Equal("NaN", NumberText.Scientific(double.NaN, 1, lang));
            Assert.Equal("NaN", NumberText.Significant(double.NaN, 3, lang));
            Assert.Equal("NaN", NumberText.TickLabel(double.NaN, lang));
            Assert.Equal("∞", NumberText.TickLabel(double.PositiveInfinity, lang));
        }
        Assert.Equal($"NaN{Nbsp}%", NumberText.Percent(double.NaN, Lang.Uk));
        Assert.Equal("∞%", NumberText.Percent(double.PositiveInfinity, Lang.En));
    }

    [Fact]
    public void Bad_precisions_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Fixed(1, -1, Lang.Uk));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Fixed(1, 16, Lang.Uk));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Significant(1, 0, Lang.Uk));
    }

    [Theory]
    [InlineData(0.30000000000000004, "0,3", "0.3")]
    [InlineData(-2.5, "−2,5", "−2.5")]
    [InlineData(1e-12, "0", "0")]            // ScottPlot's "zero" after summing steps
    [InlineData(1e-17, "0", "0")]
    [InlineData(2000, "2000", "2000")]       // not "2,000", which a Ukrainian reader takes for two
    [InlineData(10000, $"10{Nbsp}000", $"10{Nbsp}000")]
    public void Tick_labels_are_short_and_in_the_figures_language(double value, string uk, string en)
    {
        Assert.Equal(uk, NumberText.TickLabel(value, Lang.Uk));
        Assert.Equal(en, NumberText.TickLabel(value, Lang.En));
        Assert.Equal(uk, TickLabels.Formatter(Lang.Uk)(value));
        Assert.Equal(en, TickLabels.Automatic(Lang.En).LabelFormatter(value));
    }

    [Fact]
    public void Fixed_ticks_are_labelled_by_the_shared_formatter()
    {
        // Manual ticks become visible ticks when ScottPlot lays out the axis, so render a small plot once.
        using var plot = new ScottPlot.Plot();
        plot.Axes.Bottom.TickGenerator = FixedTicks.Every(0.5, -1, 1, Lang.Uk);
        plot.Axes.Left.TickGenerator = FixedTicks.Every(0.25, 0, 0.5, Lang.En);
        plot.Axes.SetLimits(-1, 1, 0, 0.5);
        plot.GetImage(400, 300).Dispose();
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).ToArray();
        Assert.Equal(["−1", "−0,5", "0", "0,5", "1"], ticks.Select(t => t.Label).ToArray());
        Assert.Equal([-1, -0.5, 0, 0.5, 1], ticks.Select(t => t.Position).ToArray());
        var english = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).ToArray();
        Assert.Equal(["0", "0.25", "0.5"], english.Select(t => t.Label).ToArray());
    }
}
