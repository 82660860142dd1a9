using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide5Activations;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 5: sigmoid, tanh and ReLU and their derivatives, the reason deep sigmoid stacks learn slowly:
/// backpropagation multiplies the gradient by f′(z) at every layer and σ′(z) = σ(z)(1 − σ(z)) ≤ 0.25,
/// so after n sigmoid layers at most 0.25ⁿ of it is left, while ReLU′ = 1 for z &gt; 0 passes it unchanged.
/// Every number comes from <see cref="Core.Activations.IActivation"/>.
/// </summary>
public sealed class Slide5Activations : ISlideRecipe<NoOptions, Slide5ActivationsResult, Slide5ActivationsMetrics, Slide5ActivationsParameters>
{
    public const string Id = "slide5-activations";

    public static readonly IReadOnlyList<string> FigureFiles = [ActivationsFigure.FileName, DerivativesFigure.FileName];

    /// <summary>The z values of the printed table: both tails, the middle, and the kink of ReLU.</summary>
    public static readonly IReadOnlyList<double> TableZ = [-5, -2, -1, 0, 1, 2, 5];

    /// <summary>The slide's recipe; <see cref="Run"/> runs it in a context.</summary>
    public static readonly Slide5Activations Recipe = new();

    private Slide5Activations()
    {
    }

    string ISlideRecipe<NoOptions, Slide5ActivationsResult, Slide5ActivationsMetrics, Slide5ActivationsParameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<NoOptions, Slide5ActivationsResult, Slide5ActivationsMetrics, Slide5ActivationsParameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context) => RecipeRun.Run(Recipe, context, NoOptions.Value);

    /// <summary>
    /// The curves of both figures and the ceiling of each derivative, measured on the derivatives figure's fine grid
    /// (it contains z = 0); kept in <see cref="ActivationCard.All"/> order (sigmoid, tanh, ReLU). No randomness: the seed is unused.
    /// </summary>
    public Slide5ActivationsResult Compute(NoOptions options, int seed, ISlideProgress progress)
    {
        var derivatives = DerivativesFigure.Sample();
        return new Slide5ActivationsResult(ActivationsFigure.Sample(), derivatives, derivatives.Select(d => d.MaxDerivative).ToArray(),
            DerivativesFigure.HighlightLayers);
    }

    public void Report(Slide5ActivationsResult result, ISlideReporter reporter, Lang lang)
    {
        string F(double value) => NumberText.Fixed(value, 4, lang);
        reporter.Heading(Slide5ActivationsTexts.Heading.For(lang));
        foreach (var card in ActivationCard.All)
        {
            reporter.Line($"{card.Activation.Formula}, {Slide5ActivationsTexts.Range.For(lang)} {card.RangeFor(lang)}");
            reporter.Line($"    {card.DerivativeFormula}");
        }

        var columns = new List<string> { "z" };
        foreach (var card in ActivationCard.All)
        {
            columns.Add(Slide5ActivationsTexts.Symbol(card));
            columns.Add(Slide5ActivationsTexts.Symbol(card) + "′");
        }
        var rows = TableZ.Select(z =>
        {
            var row = new List<string> { NumberText.Plain(z, lang, 2) };
            foreach (var card in ActivationCard.All)
            {
                row.Add(F(card.Activation.Value(z)));
                row.Add(F(card.Activation.Derivative(z)));
            }
            return (IReadOnlyList<string>)row;
        }).ToList();
        reporter.Table(Slide5ActivationsTexts.TableTitle.For(lang), columns, rows);

        var zRange = NumberText.List([NumberText.Plain(DerivativesFigure.ZMin, lang), NumberText.Plain(DerivativesFigure.ZMax, lang)], lang);
        reporter.Line(Slide5ActivationsTexts.MaxDerivativeOn.For(lang) + $"[{zRange}]: " +
                      NumberText.List(ActivationCard.All.Select((c, i) => $"{Slide5ActivationsTexts.Symbol(c)}′ {F(result.MaxDerivatives[i])}"), lang));
        var n = result.Layers;
        var factors = $"σ′ {F(result.SigmoidMax)}^{n} = {NumberText.Scientific(result.SigmoidFactor, 2, lang)}{NumberText.ListSeparator(lang)}" +
                      $"ReLU′ {F(result.ReluMax)}^{n} = {NumberText.Plain(Math.Pow(result.ReluMax, n), lang, 3)}";
        reporter.Line(Slide5ActivationsTexts.BestCase(n, factors, lang));
    }

    public IReadOnlyList<FigureJob> Figures(Slide5ActivationsResult result) =>
    [
        FigureJob.Of(ActivationsFigure.FileName, result.Curves, (d, lang, size, path) => ActivationsFigure.Save(d, lang, size, path).Figure),
        FigureJob.Of(DerivativesFigure.FileName, result.DerivativeCurves, (d, lang, size, path) => DerivativesFigure.Save(d, lang, size, path).Figure),
    ];

    public Slide5ActivationsMetrics Metrics(Slide5ActivationsResult result) =>
        new(result.SigmoidMax, result.MaxDerivatives[ActivationCard.All.ToList().IndexOf(ActivationCard.Tanh)], result.ReluMax, result.SigmoidFactor);

    public Slide5ActivationsParameters Parameters(Slide5ActivationsResult result) =>
        new(ActivationCard.All.Select(c => c.Activation.Name).ToArray(), [DerivativesFigure.ZMin, DerivativesFigure.ZMax],
            DerivativesFigure.Layers, ActivationsFigure.FlatThreshold);
}
