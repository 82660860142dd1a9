using System.Globalization;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// Every piece of slide-3 figure text, in Ukrainian and English, plus number formatting: decimal point,
/// a true minus sign (−, U+2212, which reads better on a projector than a hyphen) and the line equation.
/// </summary>
public static class Slide3Text
{
    public static readonly Localized AxisX1 = new("x₁", "x₁");
    public static readonly Localized AxisX2 = new("x₂", "x₂");

    public static readonly Localized Class0 = new("клас 0 (t = 0)", "class 0 (t = 0)");
    public static readonly Localized Class1 = new("клас 1 (t = 1)", "class 1 (t = 1)");
    public static readonly Localized Boundary = new("межа рішення: z = 0", "decision boundary: z = 0");
    public static readonly Localized Region1 = new("область y = 1 (z ≥ 0)", "region y = 1 (z ≥ 0)");
    public static readonly Localized Region0 = new("область y = 0 (z < 0)", "region y = 0 (z < 0)");

    public static readonly Localized LearnedWeights = new("Навчені ваги:", "Learned weights:");
    public static readonly Localized LearnedLine = new("Навчена межа рішення:", "Learned decision boundary:");
    public static readonly Localized StepRule = new("y = 1, якщо z ≥ 0, інакше y = 0", "y = 1 if z ≥ 0, otherwise y = 0");
    public static readonly Localized FirstLineNote = new(
        "Перцептрон зупиняється на першій прямій, яка розділяє класи, а не на найкращій.",
        "The perceptron stops at the first line that separates the classes, not at the best one.");

    public static readonly Localized XorHeading = new("Перцептрон не може навчитися XOR", "The perceptron cannot learn XOR");
    public static readonly Localized XorNoLine = new("Жодна пряма не відокремлює ▲ від ●:", "No straight line separates ▲ from ●:");
    public static readonly Localized XorHiddenLayer = new("потрібен прихований шар (слайд 4).", "we need a hidden layer (slide 4).");
    public static readonly Localized ErrorsTitle = new("Помилки в кожній епосі", "Errors in every epoch");
    public static readonly Localized ErrorsAxisX = new("епоха", "epoch");
    public static readonly Localized ErrorsAxisY = new("помилок (з 4)", "errors (of 4)");
    public static readonly Localized ErrorsGoal = new("мета: 0 помилок", "goal: 0 errors");

    public static string LearnedHeading(string gate, Lang lang) =>
        lang == Lang.Uk ? $"Перцептрон навчився {gate}" : $"The perceptron learned {gate}";

    /// <summary>"за 6 епох (lr = 0.1)" / "in 6 epochs (lr = 0.1)".</summary>
    public static string InEpochs(int epochs, double learningRate, Lang lang) =>
        lang == Lang.Uk
            ? $"за {epochs} {UkrainianEpochs(epochs)}, швидкість навчання lr = {Short(learningRate)}"
            : $"in {epochs} {(epochs == 1 ? "epoch" : "epochs")}, learning rate lr = {Short(learningRate)}";

    /// <summary>"помилки за епохами: 1, 1, 2, 0" with at most <paramref name="shown"/> numbers, then "…".</summary>
    public static string ErrorsPerEpoch(IReadOnlyList<int> errors, Lang lang, int shown = 12)
    {
        var list = string.Join(", ", errors.Take(shown)) + (errors.Count > shown ? ", …" : "");
        return (lang == Lang.Uk ? "помилки за епохами: " : "errors per epoch: ") + list;
    }

    public static string XorEpochs(int epochs, int minErrors, Lang lang) =>
        lang == Lang.Uk
            ? $"{epochs} {UkrainianEpochsNominative(epochs)} — і в кожній щонайменше {minErrors} {UkrainianErrors(minErrors)}"
            : $"{epochs} {(epochs == 1 ? "epoch" : "epochs")}, and each has at least {minErrors} {(minErrors == 1 ? "error" : "errors")}";

    public static string LastLine(int epochs, Lang lang) =>
        lang == Lang.Uk ? $"Остання пряма (після {epochs} {UkrainianEpochsGenitive(epochs)}):" : $"Its last line (after {epochs} {(epochs == 1 ? "epoch" : "epochs")}):";

    public static string LineOutOfView(Lang lang) =>
        lang == Lang.Uk ? "(пряма не перетинає цю ділянку)" : "(the line misses this area)";

    public static string MisclassifiedCount(int wrong, int total, Lang lang) =>
        lang == Lang.Uk ? $"вона помиляється на {wrong} з {total} точок" : $"it gets {wrong} of {total} points wrong";

    /// <summary>"w₁ = 0.268    w₂ = 0.041    b = −0.274".</summary>
    public static string Weights(double w1, double w2, double b) =>
        $"w₁ = {Number(w1)}    w₂ = {Number(w2)}    b = {Number(b)}";

    /// <summary>The boundary equation with the learned numbers, e.g. "0.268·x₁ + 0.041·x₂ − 0.274 = 0".</summary>
    public static string LineEquation(double w1, double w2, double b) =>
        $"{Number(w1)}·x₁ {Signed(w2)}·x₂ {Signed(b)} = 0";

    /// <summary>A number with <paramref name="decimals"/> decimals, decimal point, and a true minus sign.</summary>
    public static string Number(double value, int decimals = 3)
    {
        var rounded = Math.Round(value, decimals);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded < 0 ? "−" + text : text;
    }

    /// <summary>A setting such as a learning rate, as short as it is exact: 0.1, 0.05, 1.</summary>
    public static string Short(double value) =>
        (value < 0 ? "−" : "") + Math.Abs(value).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>"+ 0.041" or "− 0.274", for the terms after the first.</summary>
    private static string Signed(double value)
    {
        var rounded = Math.Round(value, 3);
        return (rounded < 0 ? "− " : "+ ") + Number(Math.Abs(rounded));
    }

    private static string UkrainianEpochs(int n) => UkrainianForm(n, "епоху", "епохи", "епох");

    private static string UkrainianEpochsNominative(int n) => UkrainianForm(n, "епоха", "епохи", "епох");

    private static string UkrainianEpochsGenitive(int n) => UkrainianForm(n, "епохи", "епох", "епох");

    private static string UkrainianErrors(int n) => UkrainianForm(n, "помилка", "помилки", "помилок");

    /// <summary>
    /// The Ukrainian noun form after the number <paramref name="n"/>: <paramref name="one"/> for 1, 21, 31 …,
    /// <paramref name="few"/> for 2–4, 22–24 …, <paramref name="many"/> for 0, 5–20, 25–30 … (11–14 take "many").
    /// </summary>
    public static string UkrainianForm(int n, string one, string few, string many)
    {
        var lastTwo = Math.Abs(n) % 100;
        var last = lastTwo % 10;
        if (lastTwo is >= 11 and <= 14)
        {
            return many;
        }
        return last switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
