using System.Globalization;
using NnLesson.Core.Datasets;

namespace NnLesson.Figures.Slide5Train;

/// <summary>Figure text of the training slide in Ukrainian and English, and numbers written the way each language writes them.</summary>
public static class Slide5Texts
{
    public static readonly Localized LossTitle = new("Функція втрат під час навчання, MLP {0}", "Loss during training, MLP {0}");
    public static readonly Localized EpochAxis = new("Епоха (крок градієнтного спуску)", "Epoch (gradient-descent step)");
    public static readonly Localized LossAxis = new("Бінарна крос-ентропія", "Binary cross-entropy");
    public static readonly Localized TrainCurve = new("Навчальна вибірка (наприкінці {0})", "Training set (final {0})");
    public static readonly Localized ValidationCurve = new("Валідаційна вибірка (наприкінці {0})", "Validation set (final {0})");
    public static readonly Localized ChanceLine = new("ln 2 ≈ 0,693: відповідь «50 на 50»", "ln 2 ≈ 0.693: a 50/50 guess");

    public static readonly Localized BoundaryTitle = new(
        "Навчена мережа {0}: точність {1} (навч.), {2} (валід.)",
        "Trained network {0}: accuracy {1} (train), {2} (validation)");
    public static readonly Localized Class0Train = new("Клас 0, навчальні", "Class 0, training");
    public static readonly Localized Class1Train = new("Клас 1, навчальні", "Class 1, training");
    public static readonly Localized Class0Validation = new("Клас 0, валідаційні", "Class 0, validation");
    public static readonly Localized Class1Validation = new("Клас 1, валідаційні", "Class 1, validation");
    public static readonly Localized BoundaryLegend = new("Межа рішень p = 0,5", "Decision boundary p = 0.5");

    /// <summary>"2→16→1".</summary>
    public static string Architecture(int inputs, int hidden) => $"{inputs}→{hidden}→1";

    /// <summary>A number with <paramref name="decimals"/> decimals: 0,066 in Ukrainian, 0.066 in English.</summary>
    public static string Number(double value, int decimals, Lang lang)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return lang == Lang.Uk ? text.Replace('.', ',') : text;
    }

    /// <summary>A number with as many decimals as it needs (0,2 or 0.2; 0,05 or 0.05).</summary>
    public static string Number(double value, Lang lang)
    {
        var text = value.ToString("0.########", CultureInfo.InvariantCulture);
        return lang == Lang.Uk ? text.Replace('.', ',') : text;
    }

    /// <summary>A share as a percentage: "96,5 %" in Ukrainian (space before %, as Ukrainian typography has it), "96.5%" in English.</summary>
    public static string Percent(double share, Lang lang) =>
        Number(100 * share, 1, lang) + (lang == Lang.Uk ? " %" : "%");

    /// <summary>
    /// Axis ticks in the figure's language: "0,25" and "−1,5" in Ukrainian, "0.25" and "−1.5" in English,
    /// no thousands separator ("2000", not "2,000", which a Ukrainian reader would take for two).
    /// </summary>
    public static void UseLanguageTicks(ScottPlot.Plot plot, Lang lang)
    {
        string Format(double value)
        {
            var text = Math.Round(value, 10).ToString("0.##########", CultureInfo.InvariantCulture).Replace('-', '−');
            return lang == Lang.Uk ? text.Replace('.', ',') : text;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
    }

    public static string DatasetName(DatasetKind kind, Lang lang) => kind switch
    {
        DatasetKind.Moons => new Localized("два півмісяці", "two moons").For(lang),
        DatasetKind.Circles => new Localized("два кола", "two circles").For(lang),
        DatasetKind.Xor => new Localized("XOR", "XOR").For(lang),
        DatasetKind.Spiral => new Localized("дві спіралі", "two spirals").For(lang),
        _ => kind.ToString(),
    };
}
