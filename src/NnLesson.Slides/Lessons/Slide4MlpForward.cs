using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Figures;
using NnLesson.Figures.Common;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide4;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 4: the forward pass of a random MLP 2→8→1 (random weights and biases) on a small batch, with the
/// shape of every array in the lecture's [batch, features] convention:
///   Z1 = X·W1 + b1,  H = ReLU(Z1),  Z2 = H·W2 + b2,  Y = σ(Z2)
///   X: [4, 2], W1: [2, 8], b1: [8], Z1/H: [4, 8], W2: [8, 1], b2: [1], Z2/Y: [4, 1].
/// Figures: what each hidden unit computes over the plane, and the random network's output over the plane.
/// A recipe: <see cref="Compute"/> is the math, <see cref="Report"/> the console, <see cref="Figures"/> the pictures.
/// </summary>
public sealed class Slide4MlpForward : ISlideRecipe<NoOptions, Slide4Result, Slide4Metrics, Slide4Parameters>
{
    public const string Id = "slide4";

    public static readonly IReadOnlyList<string> FigureFiles = [HiddenUnitsFigure.FileName, RandomBoundaryFigure.FileName];

    public const int Inputs = 2;

    public const int Hidden = 8;

    /// <summary>The part of the input plane the figures show.</summary>
    public static readonly PlaneBounds Plane = new(-2, 2, -2, 2);

    /// <summary>The worked batch: one point in each quadrant, named as on the figure. X: [4, 2].</summary>
    public static readonly IReadOnlyList<(string Name, double X1, double X2)> WorkedBatch =
    [
        ("A", 1.0, 1.0),
        ("B", -1.0, 1.0),
        ("C", -1.0, -1.0),
        ("D", 1.0, -1.0),
    ];

    /// <summary>
    /// Spread of the random biases b1, b2 ~ N(0, 1²). W1 has He std √(2 / 2) = 1, so a unit's ‖w‖ is typically
    /// about 1.25 and its switch-on line w·x + b = 0 lies |b| / ‖w‖ ≈ 0.5 from the origin, most lines inside the
    /// shown plane [−2, 2]² and some beyond it; zero biases would put every line through the origin.
    /// </summary>
    public const double BiasStd = 1.0;

    /// <summary>
    /// The slide's network: W1, W2 random from <paramref name="seed"/> (He / Xavier), then b1, b2 random with
    /// std <see cref="BiasStd"/> (see <see cref="TwoLayerMlp.CreateRandom(int, int, Random, double)"/>).
    /// </summary>
    public static TwoLayerMlp CreateNetwork(int seed) => TwoLayerMlp.CreateRandom(Inputs, Hidden, new Random(seed), BiasStd);

    /// <summary>The worked batch as the matrix X: [4, 2], one point per row.</summary>
    public static Matrix BatchMatrix() => Matrix.FromRows(WorkedBatch.Select(p => new[] { p.X1, p.X2 }).ToArray());

    /// <summary>The slide's recipe (compute → report → figures → metrics); <see cref="Run"/> runs it in a context.</summary>
    public static readonly Slide4MlpForward Recipe = new();

    private Slide4MlpForward()
    {
    }

    string ISlideRecipe<NoOptions, Slide4Result, Slide4Metrics, Slide4Parameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<NoOptions, Slide4Result, Slide4Metrics, Slide4Parameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context) => RecipeRun.Run(Recipe, context, NoOptions.Value);

    /// <summary>The network from the seed, the worked batch through it, and its output over the whole plane.</summary>
    public Slide4Result Compute(NoOptions options, int seed, ISlideProgress progress)
    {
        var network = CreateNetwork(seed);
        var pass = network.Forward(BatchMatrix());
        // The output over the whole plane: one batched forward pass over a grid of points.
        var field = ProbabilityField.Evaluate(network.PredictProbabilities, Plane);
        var batch = WorkedBatch.Select((p, i) => new BatchPoint(p.Name, p.X1, p.X2, pass.Y[i, 0])).ToList();
        return new Slide4Result(seed, network, pass, field, FractionAbove(field, 0.5), batch, HiddenUnitsData.Evaluate(network, Plane, seed));
    }

    public void Report(Slide4Result result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(lang.Text($"Слайд 4: прямий прохід випадкової мережі MLP {Inputs}→{Hidden}→1 (зерно {result.Seed})",
            $"Slide 4: forward pass of a random MLP {Inputs}→{Hidden}→1 (seed {result.Seed})"));
        ReportShapes(reporter, result.Network, result.Pass, lang);
        ReportWeights(reporter, result.Network, lang);
        ReportWorkedBatch(reporter, result.Pass, lang);
        var half = NumberText.Plain(0.5, lang);
        var share = NumberText.Percent(result.FractionClass1, lang);
        reporter.Line(lang.Text($"Частка площини, яку випадкова мережа відносить до класу 1 (p > {half}): {share}",
            $"Share of the plane the random network calls class 1 (p > {half}): {share}"));
    }

    public IReadOnlyList<FigureJob> Figures(Slide4Result result) =>
    [
        FigureJob.Of(HiddenUnitsFigure.FileName, result.HiddenUnits, (d, lang, size, path) => HiddenUnitsFigure.Save(d, lang, size, path).Figure),
        FigureJob.Of(RandomBoundaryFigure.FileName, new RandomBoundaryData(result.Field, Plane, result.Batch, result.Network.Hidden, result.Seed),
            (d, lang, size, path) => RandomBoundaryFigure.Save(d, lang, size, path).Figure),
    ];

    public Slide4Metrics Metrics(Slide4Result result) => new(
        Math.Round(result.FractionClass1, 4),
        result.Batch.Select(p => Math.Round(p.Probability, 6)).ToArray(),
        Math.Round(FractionAbove(result.Pass.H, 0), 4));

    public Slide4Parameters Parameters(Slide4Result result) => new(
        Inputs, Hidden, BiasStd, [Plane.XMin, Plane.XMax, Plane.YMin, Plane.YMax], WorkedBatch.Select(p => new[] { p.X1, p.X2 }).ToArray());

    /// <summary>The slide's table: every array of the forward pass with its formula and [batch, features] shape.</summary>
    public static void ReportShapes(ISlideReporter reporter, TwoLayerMlp network, MlpForwardPass pass, Lang lang)
    {
        reporter.Table(lang.Text("Форми прямого проходу ([пакет, ознаки])", "Shapes of the forward pass ([batch, features])"),
            [lang.Text("масив", "array"), lang.Text("як обчислено", "computed as"), lang.Text("форма", "shape")],
        [
            ["X", lang.Text("вхідний пакет, кожна точка — рядок", "input batch, one point per row"), pass.X.Shape],
            ["W1", lang.Text("ваги вхід → прихований шар", "weights input → hidden"), network.W1.Shape],
            ["b1", lang.Text("зсуви прихованого шару (до кожного рядка)", "hidden biases (added to every row)"), $"[{network.B1.Length}]"],
            ["Z1", "X·W1 + b1", pass.Z1.Shape],
            ["H", "ReLU(Z1) = max(0, Z1)", pass.H.Shape],
            ["W2", lang.Text("ваги прихований шар → вихід", "weights hidden → output"), network.W2.Shape],
            ["b2", lang.Text("зсув виходу", "output bias"), $"[{network.B2.Length}]"],
            ["Z2", "H·W2 + b2", pass.Z2.Shape],
            ["Y", lang.Text("σ(Z2), ймовірність класу 1", "σ(Z2), probability of class 1"), pass.Y.Shape],
        ]);
    }

    private static void ReportWeights(ISlideReporter reporter, TwoLayerMlp network, Lang lang)
    {
        string F(double value) => NumberText.Fixed(value, 3, lang);
        var units = Enumerable.Range(1, network.Hidden).Select(j => $"h{j}").ToList();
        reporter.Table(lang.Text($"W1 {network.W1.Shape} і b1 [{network.B1.Length}] (стовпець j — ваги прихованого нейрона j)",
            $"W1 {network.W1.Shape} and b1 [{network.B1.Length}] (column j feeds hidden unit j)"), ["", .. units],
        [
            ["x1", .. Enumerable.Range(0, network.Hidden).Select(j => F(network.W1[0, j]))],
            ["x2", .. Enumerable.Range(0, network.Hidden).Select(j => F(network.W1[1, j]))],
            ["b1", .. network.B1.Select(F)],
        ]);
        reporter.Table(lang.Text($"W2 {network.W2.Shape} (показано рядком) і b2 [{network.B2.Length}]",
            $"W2 {network.W2.Shape} (shown as a row) and b2 [{network.B2.Length}]"), [.. units, "b2"],
        [
            [.. Enumerable.Range(0, network.Hidden).Select(j => F(network.W2[j, 0])), F(network.B2[0])],
        ]);
    }

    /// <summary>
    /// The worked batch step by step, one table per array: X, then Z1 (negatives still there), H (ReLU has
    /// zeroed them), then Z2 and Y. Two decimals keep the [4, 8] tables inside an 80-column terminal.
    /// </summary>
    private static void ReportWorkedBatch(ISlideReporter reporter, MlpForwardPass pass, Lang lang)
    {
        string F(double value) => NumberText.Fixed(value, 3, lang);
        string F2(double value) => NumberText.Fixed(value, 2, lang);
        List<IReadOnlyList<string>> RowsOf(Matrix m) =>
            WorkedBatch.Select((p, i) => (IReadOnlyList<string>)[p.Name, .. Enumerable.Range(0, m.Cols).Select(j => F2(m[i, j]))]).ToList();
        var point = lang.Text("точка", "point");
        var units = Enumerable.Range(1, pass.H.Cols).Select(j => $"#{j}").ToList();
        reporter.Table(lang.Text($"X {pass.X.Shape}: кожна точка — рядок", $"X {pass.X.Shape}: one point per row"), [point, "x1", "x2"],
            WorkedBatch.Select((p, i) => (IReadOnlyList<string>)[p.Name, F2(pass.X[i, 0]), F2(pass.X[i, 1])]).ToList());
        reporter.Table(lang.Text($"Z1 = X·W1 + b1 {pass.Z1.Shape}: стовпець j = прихований нейрон j", $"Z1 = X·W1 + b1 {pass.Z1.Shape}: column j = hidden unit j"),
            [point, .. units], RowsOf(pass.Z1));
        reporter.Table(lang.Text($"H = ReLU(Z1) {pass.H.Shape}: від’ємні значення Z1 стають 0", $"H = ReLU(Z1) {pass.H.Shape}: negative entries of Z1 become 0"),
            [point, .. units], RowsOf(pass.H));
        reporter.Table(lang.Text($"Z2 = H·W2 + b2 {pass.Z2.Shape} і Y = σ(Z2) {pass.Y.Shape}", $"Z2 = H·W2 + b2 {pass.Z2.Shape} and Y = σ(Z2) {pass.Y.Shape}"),
            [point, "z2", lang.Text("y = p(клас 1)", "y = p(class 1)"), lang.Text("клас", "class")],
            WorkedBatch.Select((p, i) => (IReadOnlyList<string>)
                [p.Name, F(pass.Z2[i, 0]), F(pass.Y[i, 0]), pass.Y[i, 0] > 0.5 ? "1" : "0"]).ToList());
    }

    private static double FractionAbove(double[,] field, double threshold)
    {
        var above = 0;
        foreach (var p in field)
        {
            if (p > threshold)
            {
                above++;
            }
        }
        return above / (double)field.Length;
    }

    private static double FractionAbove(Matrix m, double threshold) => m.Data.Count(v => v > threshold) / (double)m.Data.Length;
}
