using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Core.Perceptrons;
using NnLesson.Figures;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide3;
using NnLesson.Figures.Text;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 3: a single perceptron (z = w₁·x₁ + w₂·x₂ + b, y = step(z)) trained with the perceptron rule
/// w ← w + lr·(t − y)·x, b ← b + lr·(t − y) learns AND and OR, and never learns XOR.
/// All three gates start from the same random weights (drawn from the run's seed), so the truth table is
/// the only thing that differs. Writes slide3_and.png, slide3_or.png, slide3_xor.png and the animation slide3_and.gif; prints each
/// training table; metrics: { "AND": {converged, epochs, w1, w2, bias, …}, "OR": {…}, "XOR": {converged, epochs, …} }.
/// </summary>
public static class Slide3PerceptronGate
{
    public const string Id = "slide3";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide3_and.png", "slide3_or.png", "slide3_xor.png", "slide3_and.gif"];

    /// <summary>Rows of the XOR table shown at the start and at the end; the cycle in between repeats.</summary>
    private const int XorHeadRows = 10;
    private const int XorTailRows = 5;

    public static SlideOutcome Run(SlideContext context)
    {
        var reporter = context.Reporter;
        var lang = context.Lang;
        var figures = new List<SavedFigure>();
        var metrics = new JsonObject();
        // One starting line from the seed for every gate (Train works on a copy and leaves it unchanged).
        var start = Perceptron.CreateRandom(new Random(context.Seed));
        SavedFigure? animation = null;

        foreach (var gate in LogicGates.All)
        {
            var result = PerceptronTraining.Train(start, gate, PerceptronTraining.DefaultLearningRate, PerceptronTraining.DefaultMaxEpochs);

            Report(reporter, result, lang);
            var path = context.OutputPath($"slide3_{gate.Name.ToLowerInvariant()}.png");
            figures.Add(gate == LogicGates.Xor
                ? XorFailureFigure.Save(result, lang, context.Size, path)
                : GateBoundaryFigure.Save(result, lang, context.Size, path));
            metrics[gate.Name] = Metrics(result);
            if (gate == LogicGates.And)
            {
                // The animation of the line learning AND (slide3_and.gif), after the still figures.
                animation = PerceptronLearningAnimation.Save(result, lang, AnimationSize.For(context.Size), context.OutputPath(PerceptronLearningAnimation.FileName(gate)));
            }
        }
        figures.Add(animation!);

        var parameters = new JsonObject
        {
            ["learning_rate"] = PerceptronTraining.DefaultLearningRate,
            ["max_epochs"] = PerceptronTraining.DefaultMaxEpochs,
            ["initialisation"] = "w1, w2, b each uniform in [-0.5, 0.5), drawn in that order from Random(seed); the same start for every gate",
            ["initial_weights"] = new JsonObject { ["w1"] = start.W1, ["w2"] = start.W2, ["bias"] = start.Bias },
        };
        return new SlideOutcome(Id, figures, metrics, parameters);
    }

    private static JsonObject Metrics(PerceptronTrainingResult result)
    {
        var p = result.Trained;
        return new JsonObject
        {
            ["converged"] = result.Converged,
            ["epochs"] = result.Epochs,
            ["w1"] = p.W1,
            ["w2"] = p.W2,
            ["bias"] = p.Bias,
            ["errors_per_epoch"] = new JsonArray(result.History.Select(e => (JsonNode)e.Errors).ToArray()),
            ["misclassified_by_final_weights"] = result.MisclassifiedRows().Count,
        };
    }

    private static void Report(ISlideReporter reporter, PerceptronTrainingResult result, Lang lang)
    {
        var gate = result.Gate.Name;
        var start = result.Initial;
        reporter.Heading(lang == Lang.Uk ? $"Перцептрон вчиться {gate}" : $"The perceptron learns {gate}");
        reporter.Line(lang == Lang.Uk
            ? string.Create(CultureInfo.InvariantCulture,
                $"z = w1·x1 + w2·x2 + b, y = 1, якщо z ≥ 0; правило w += lr·(t − y)·x, lr = {result.LearningRate}; старт: w1 = {start.W1:F4}, w2 = {start.W2:F4}, b = {start.Bias:F4}")
            : string.Create(CultureInfo.InvariantCulture,
                $"z = w1·x1 + w2·x2 + b, y = 1 if z ≥ 0; rule w += lr·(t − y)·x, lr = {result.LearningRate}; start: w1 = {start.W1:F4}, w2 = {start.W2:F4}, b = {start.Bias:F4}"));

        var rows = new List<IReadOnlyList<string>> { Row("0", start.W1, start.W2, start.Bias, "–") };
        var history = result.History;
        var abbreviate = !result.Converged && history.Count > XorHeadRows + XorTailRows + 1;
        for (var i = 0; i < history.Count; i++)
        {
            if (abbreviate && i == XorHeadRows)
            {
                rows.Add(["…", "…", "…", "…", "…"]);
                i = history.Count - XorTailRows;
            }
            var e = history[i];
            rows.Add(Row(e.Epoch.ToString(CultureInfo.InvariantCulture), e.W1, e.W2, e.Bias, e.Errors.ToString(CultureInfo.InvariantCulture)));
        }
        reporter.Table($"{gate} (lr = {result.LearningRate.ToString(CultureInfo.InvariantCulture)})", ["epoch", "w1", "w2", "b", "errors"], rows);

        if (result.Converged)
        {
            var p = result.Trained;
            reporter.Line(lang == Lang.Uk
                ? $"{gate}: збіглося за {result.Epochs} {UkrainianPlural.Form(result.Epochs, "епоху", "епохи", "епох")}; межа {Slide3Text.LineEquation(p.W1, p.W2, p.Bias)}"
                : $"{gate}: converged in {result.Epochs} epoch{(result.Epochs == 1 ? "" : "s")}; boundary {Slide3Text.LineEquation(p.W1, p.W2, p.Bias)}");
        }
        else
        {
            var minErrors = history.Min(e => e.Errors);
            var hidden = abbreviate ? (lang == Lang.Uk
                ? $" (епохи {XorHeadRows + 1}–{history.Count - XorTailRows} не показано)"
                : $" (epochs {XorHeadRows + 1}–{history.Count - XorTailRows} not shown)") : "";
            reporter.Warning(lang == Lang.Uk
                ? $"{gate}: не збіглося за {result.Epochs} {UkrainianPlural.Form(result.Epochs, "епоху", "епохи", "епох")}, у кожній епосі щонайменше {minErrors} {UkrainianPlural.Form(minErrors, "помилка", "помилки", "помилок")}{hidden}. Одна пряма не розділяє {gate}."
                : $"{gate}: no convergence in {result.Epochs} epochs, every epoch has at least {minErrors} error{(minErrors == 1 ? "" : "s")}{hidden}. One line cannot split {gate}.");
        }
    }

    private static IReadOnlyList<string> Row(string epoch, double w1, double w2, double b, string errors) =>
        [epoch, w1.ToString("F4", CultureInfo.InvariantCulture), w2.ToString("F4", CultureInfo.InvariantCulture),
         b.ToString("F4", CultureInfo.InvariantCulture), errors];
}
