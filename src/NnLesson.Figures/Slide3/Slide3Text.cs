namespace NnLesson.Figures.Slide3;

/// <summary>
/// Every piece of slide-3 text, console and figures, in Ukrainian and English, and the learned line's equation.
/// Numbers are written by <see cref="NumberText"/> (decimal comma in Ukrainian, true minus sign).
/// </summary>
public static class Slide3Text
{
    public static readonly Localized AxisX1 = new("x₁", "x₁");
    public static readonly Localized AxisX2 = new("x₂", "x₂");

    public static readonly Localized Class0 = new("клас 0 (t = 0)", "class 0 (t = 0)");
    public static readonly Localized Class1 = new("клас 1 (t = 1)", "class 1 (t = 1)");
    public static readonly Localized Boundary = new("межа рішень: z = 0", "decision boundary: z = 0");
    public static readonly Localized Region1 = new("область y = 1 (z ≥ 0)", "region y = 1 (z ≥ 0)");
    public static readonly Localized Region0 = new("область y = 0 (z < 0)", "region y = 0 (z < 0)");

    public static readonly Localized LearnedWeights = new("Навчені ваги:", "Learned weights:");
    public static readonly Localized LearnedLine = new("Навчена межа рішень:", "Learned decision boundary:");
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
        lang.Text($"Перцептрон навчився {gate}", $"The perceptron learned {gate}");

    /// <summary>"за 6 епох, швидкість навчання lr = 0,1" / "in 6 epochs, learning rate lr = 0.1".</summary>
    public static string InEpochs(int epochs, double learningRate, Lang lang) =>
        lang.Text($"за {epochs} {UkrainianEpochs(epochs)}, швидкість навчання lr = {NumberText.Plain(learningRate, lang)}",
            $"in {epochs} {(epochs == 1 ? "epoch" : "epochs")}, learning rate lr = {NumberText.Plain(learningRate, lang)}");

    /// <summary>"помилки за епохами: 1, 1, 2, 0" with at most <paramref name="shown"/> numbers, then "…".</summary>
    public static string ErrorsPerEpoch(IReadOnlyList<int> errors, Lang lang, int shown = 12)
    {
        var list = string.Join(", ", errors.Take(shown)) + (errors.Count > shown ? ", …" : "");
        return lang.Text("помилки за епохами: ", "errors per epoch: ") + list;
    }

    public static string XorEpochs(int epochs, int minErrors, Lang lang) =>
        lang.Text($"{epochs} {UkrainianEpochsNominative(epochs)} — і в кожній щонайменше {minErrors} {UkrainianErrors(minErrors)}",
            $"{epochs} {(epochs == 1 ? "epoch" : "epochs")}, and each has at least {minErrors} {(minErrors == 1 ? "error" : "errors")}");

    public static string LastLine(int epochs, Lang lang) =>
        lang.Text($"Остання пряма (після {epochs} {UkrainianEpochsGenitive(epochs)}):", $"Its last line (after {epochs} {(epochs == 1 ? "epoch" : "epochs")}):");

    public static string LineOutOfView(Lang lang) => lang.Text("(пряма не перетинає цю ділянку)", "(the line misses this area)");

    public static string MisclassifiedCount(int wrong, int total, Lang lang) =>
        lang.Text($"вона помиляється на {wrong} з {total} точок", $"it gets {wrong} of {total} points wrong");

    // The learning animation's lines (slide3_and_learning.gif, …).

    public static string Learning(string gate, Lang lang) => lang.Text($"Перцептрон вчиться {gate}", $"The perceptron learns {gate}");

    public static string NoErrorsInEpoch(int epoch, Lang lang) => lang.Text($"Епоха {epoch}: жодної помилки", $"Epoch {epoch}: no errors");

    public static string Update(int number, int count, int epoch, Lang lang) =>
        lang.Text($"Оновлення {number} з {count}, епоха {epoch}", $"Update {number} of {count}, epoch {epoch}");

    public static readonly Localized RandomStart = new("Початок: випадкові ваги", "Start: random weights");

    public static string WrongInput(double x1, double x2, int target, int y, Lang lang) => lang.Text(
        $"Вхід ({x1:0}, {x2:0}): t = {target}, а y = {y}", $"Input ({x1:0}, {x2:0}): t = {target}, but y = {y}");

    public static string MoveTheLine(string step, Lang lang) => lang.Text($"lr·(t − y) = {step}: зсуваємо пряму", $"lr·(t − y) = {step}: move the line");

    public static readonly Localized LineSplitsPlane = new("Пряма z = 0 ділить площину на y = 0 і y = 1", "The line z = 0 splits the plane into y = 0 and y = 1");

    public static string Learned(string gate, Lang lang) =>
        lang.Text($"{gate} навчено: пряма більше не рухається", $"{gate} learned: the line stops moving");

    public static readonly Localized RingNote = new("Кільце: вхід, на якому перцептрон помилився.", "Ring: the input the perceptron got wrong.");

    // The console (Slide3PerceptronGate.Report).

    public static string ConsoleHeading(string gate, Lang lang) =>
        lang.Text($"Слайд 3: перцептрон вчиться функції {gate}", $"Slide 3: the perceptron learns {gate}");

    public static string ConsoleRule(string lr, string w1, string w2, string b, Lang lang) => lang.Text(
        $"z = w1·x1 + w2·x2 + b, y = 1, якщо z ≥ 0; правило w += lr·(t − y)·x, lr = {lr}; початкові ваги: w1 = {w1}, w2 = {w2}, b = {b}",
        $"z = w1·x1 + w2·x2 + b, y = 1 if z ≥ 0; rule w += lr·(t − y)·x, lr = {lr}; start: w1 = {w1}, w2 = {w2}, b = {b}");

    public static readonly Localized EpochColumn = new("епоха", "epoch");
    public static readonly Localized ErrorsColumn = new("помилки", "errors");

    public static string Converged(string gate, int epochs, string boundary, Lang lang) => lang.Text(
        $"{gate}: навчання збіглося за {epochs} {UkrainianEpochs(epochs)}; межа {boundary}",
        $"{gate}: converged in {epochs} epoch{(epochs == 1 ? "" : "s")}; boundary {boundary}");

    public static string EpochsNotShown(int first, int last, Lang lang) =>
        lang.Text($" (епохи {first}–{last} не показано)", $" (epochs {first}–{last} not shown)");

    public static string NotConverged(string gate, int epochs, int minErrors, string hidden, Lang lang) => lang.Text(
        $"{gate}: навчання не збіглося за {epochs} {UkrainianEpochs(epochs)}, у кожній епосі щонайменше {minErrors} {UkrainianErrors(minErrors)}{hidden}. Одна пряма не розділяє {gate}.",
        $"{gate}: no convergence in {epochs} epochs, every epoch has at least {minErrors} error{(minErrors == 1 ? "" : "s")}{hidden}. One line cannot split {gate}.");

    /// <summary>The learned weights with three decimals: "w₁ = 0,268    w₂ = 0,041    b = −0,274" in Ukrainian.</summary>
    public static string Weights(double w1, double w2, double b, Lang lang) =>
        $"w₁ = {NumberText.Fixed(w1, 3, lang)}    w₂ = {NumberText.Fixed(w2, 3, lang)}    b = {NumberText.Fixed(b, 3, lang)}";

    /// <summary>The boundary equation with the learned numbers: "0,268·x₁ + 0,041·x₂ − 0,274 = 0" in Ukrainian.</summary>
    public static string LineEquation(double w1, double w2, double b, Lang lang) =>
        $"{NumberText.Fixed(w1, 3, lang)}·x₁ {Term(w2, lang)}·x₂ {Term(b, lang)} = 0";

    /// <summary>"+ 0,041" or "− 0,274": a term after the first, its sign as an operator (none for a value that rounds to 0).</summary>
    private static string Term(double value, Lang lang)
    {
        var magnitude = NumberText.Fixed(Math.Abs(value), 3, lang);
        var negative = NumberText.Fixed(value, 3, lang).StartsWith(NumberText.Minus);
        return (negative ? "− " : "+ ") + magnitude;
    }

    private static string UkrainianEpochs(int n) => UkrainianPlural.Form(n, "епоху", "епохи", "епох");

    private static string UkrainianEpochsNominative(int n) => UkrainianPlural.Form(n, "епоха", "епохи", "епох");

    private static string UkrainianEpochsGenitive(int n) => UkrainianPlural.Form(n, "епохи", "епох", "епох");

    private static string UkrainianErrors(int n) => UkrainianPlural.Form(n, "помилка", "помилки", "помилок");
}
