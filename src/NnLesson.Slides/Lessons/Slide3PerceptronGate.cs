using System.Globalization;
using NnLesson.Core.Perceptrons;
using NnLesson.Figures;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide3;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
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
public sealed class Slide3PerceptronGate : ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>
{
    public const string Id = "slide3";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide3_and.png", "slide3_or.png", "slide3_xor.png", "slide3_and.gif"];

    /// <summary>Rows of the XOR table shown at the start and at the end; the cycle in between repeats.</summary>
    private const int XorHeadRows = 10;
    private const int XorTailRows = 5;

    /// <summary>The slide's recipe; <see cref="Run"/> runs it in a context.</summary>
    public static readonly Slide3PerceptronGate Recipe = new();

    private Slide3PerceptronGate()
    {
    }

    string ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<NoOptions, Slide3Result, Slide3Metrics, Slide3Parameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context) => RecipeRun.Run(Recipe, context, NoOptions.Value);

    /// <summary>One starting line from the seed for every gate (Train works on a copy and leaves it unchanged), then each gate's training.</summary>
    public Slide3Result Compute(NoOptions options, int seed, ISlideProgress progress)
    {
        var start = Perceptron.CreateRandom(new Random(seed));
        var gates = LogicGates.All
            .Select(gate => PerceptronTraining.Train(start, gate, PerceptronTraining.DefaultLearningRate, PerceptronTraining.DefaultMaxEpochs))
            .ToList();
        return new Slide3Result(start, gates);
    }

    public void Report(Slide3Result result, ISlideReporter reporter, Lang lang)
    {
        foreach (var gate in result.Gates)
        {
            Report(reporter, gate, lang);
        }
    }

    /// <summary>slide3_and.png, slide3_or.png: the learned boundary; slide3_xor.png: why no line works.</summary>
    public IReadOnlyList<FigureJob> Figures(Slide3Result result) => result.Gates
        .Select(gate => gate.Gate == LogicGates.Xor
            ? FigureJob.Of(FileName(gate.Gate), gate, XorFailureFigure.Save)
            : FigureJob.Of(FileName(gate.Gate), gate, GateBoundaryFigure.Save))
        .Append(FigureJob.Animation(PerceptronLearningAnimation.FileName(LogicGates.And), result.Gates.Single(g => g.Gate == LogicGates.And),
            (and, lang, size) => PerceptronLearningAnimation.Render(and, lang, AnimationSize.For(size)))) // slide3_and.gif: the line learning AND
        .ToList();

    public Slide3Metrics Metrics(Slide3Result result)
    {
        Slide3GateMetrics Of(LogicGate gate)
        {
            var trained = result.Gates.Single(g => g.Gate == gate);
            var p = trained.Trained;
            return new(trained.Converged, trained.Epochs, p.W1, p.W2, p.Bias, trained.History.Select(e => e.Errors).ToArray(),
                trained.MisclassifiedRows().Count);
        }
        return new(Of(LogicGates.And), Of(LogicGates.Or), Of(LogicGates.Xor));
    }

    public Slide3Parameters Parameters(Slide3Result result) => new(
        PerceptronTraining.DefaultLearningRate,
        PerceptronTraining.DefaultMaxEpochs,
        "w1, w2, b each uniform in [-0.5, 0.5), drawn in that order from Random(seed); the same start for every gate",
        new(result.Start.W1, result.Start.W2, result.Start.Bias));

    private static string FileName(LogicGate gate) => $"slide3_{gate.Name.ToLowerInvariant()}.png";

    private static void Report(ISlideReporter reporter, PerceptronTrainingResult result, Lang lang)
    {
        var gate = result.Gate.Name;
        var start = result.Initial;
        reporter.Heading(Slide3Text.ConsoleHeading(gate, lang));
        string F4(double value) => NumberText.Fixed(value, 4, lang);
        var lr = NumberText.Plain(result.LearningRate, lang);
        reporter.Line(Slide3Text.ConsoleRule(lr, F4(start.W1), F4(start.W2), F4(start.Bias), lang));

        IReadOnlyList<string> Row(string epoch, double w1, double w2, double b, string errors) => [epoch, F4(w1), F4(w2), F4(b), errors];
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
        reporter.Table($"{gate} (lr = {lr})", [Slide3Text.EpochColumn.For(lang), "w1", "w2", "b", Slide3Text.ErrorsColumn.For(lang)], rows);

        if (result.Converged)
        {
            var p = result.Trained;
            reporter.Line(Slide3Text.Converged(gate, result.Epochs, Slide3Text.LineEquation(p.W1, p.W2, p.Bias, lang), lang));
        }
        else
        {
            var minErrors = history.Min(e => e.Errors);
            var hidden = abbreviate ? Slide3Text.EpochsNotShown(XorHeadRows + 1, history.Count - XorTailRows, lang) : "";
            reporter.Warning(Slide3Text.NotConverged(gate, result.Epochs, minErrors, hidden, lang));
        }
    }
}
