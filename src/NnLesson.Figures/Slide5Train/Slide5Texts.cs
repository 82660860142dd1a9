using NnLesson.Core.Datasets;

namespace NnLesson.Figures.Slide5Train;

/// <summary>
/// Figure text of the training slide in Ukrainian and English. Numbers come from <see cref="NumberText"/>;
/// <see cref="Number(double, int, Lang)"/> and <see cref="Percent"/> are kept as short names for the lesson's report lines.
/// </summary>
public static class Slide5Texts
{
    public static readonly Localized LossTitle = new("Функція втрат під час навчання, MLP {0}", "Loss during training, MLP {0}");
    public static readonly Localized EpochAxis = new("Епоха (крок градієнтного спуску)", "Epoch (gradient-descent step)");
    public static readonly Localized LossAxis = new("Бінарна крос-ентропія", "Binary cross-entropy");
    public static readonly Localized TrainCurve = new("Навчальна вибірка (наприкінці {0})", "Training set (final {0})");
    public static readonly Localized ValidationCurve = new("Валідаційна вибірка (наприкінці {0})", "Validation set (final {0})");
    public static readonly Localized EpochAxisShort = new("Епоха", "Epoch");
    public static readonly Localized TrainCurveShort = new("навчальна", "training");
    public static readonly Localized ValidationCurveShort = new("валідаційна", "validation");
    public static readonly Localized ChanceLine = new("ln 2 ≈ {0}: відповідь «50 на 50»", "ln 2 ≈ {0}: a 50/50 guess");

    public static readonly Localized BoundaryTitle = new(
        "Навчена мережа {0}: точність {1} (навч.), {2} (валід.)",
        "Trained network {0}: accuracy {1} (train), {2} (validation)");
    public static readonly Localized Class0Train = new("Клас 0, навчальні", "Class 0, training");
    public static readonly Localized Class1Train = new("Клас 1, навчальні", "Class 1, training");
    public static readonly Localized Class0Validation = new("Клас 0, валідаційні", "Class 0, validation");
    public static readonly Localized Class1Validation = new("Клас 1, валідаційні", "Class 1, validation");
    public static readonly Localized BoundaryLegend = new("Межа рішень p = {0}", "Decision boundary p = {0}");

    /// <summary>"2→16→1".</summary>
    public static string Architecture(int inputs, int hidden) => $"{inputs}→{hidden}→1";

    /// <summary>A number with <paramref name="decimals"/> decimals, by <see cref="NumberText.Fixed"/>: 0,066 in Ukrainian, 0.066 in English.</summary>
    public static string Number(double value, int decimals, Lang lang) => NumberText.Fixed(value, decimals, lang);

    /// <summary>A number with as many decimals as it needs, by <see cref="NumberText.Plain"/> (0,2 or 0.2; 0,05 or 0.05).</summary>
    public static string Number(double value, Lang lang) => NumberText.Plain(value, lang, 8);

    /// <summary>A share as a percentage, by <see cref="NumberText.Percent"/>: "96,5 %" in Ukrainian, "96.5%" in English.</summary>
    public static string Percent(double share, Lang lang) => NumberText.Percent(share, lang);

    public static string DatasetName(DatasetKind kind, Lang lang) => kind switch
    {
        DatasetKind.Moons => new Localized("два півмісяці", "two moons").For(lang),
        DatasetKind.Circles => new Localized("два кола", "two circles").For(lang),
        DatasetKind.Xor => new Localized("XOR", "XOR").For(lang),
        DatasetKind.Spiral => new Localized("дві спіралі", "two spirals").For(lang),
        _ => kind.ToString(),
    };

    /// <summary>The training animation's title: "Епоха 120: точність 97,5 %"; <paramref name="accuracy"/> already written.</summary>
    public static string EpochAccuracy(int epoch, string accuracy, Lang lang) =>
        lang.Text($"Епоха {epoch}: точність {accuracy}", $"Epoch {epoch}: accuracy {accuracy}");
}
