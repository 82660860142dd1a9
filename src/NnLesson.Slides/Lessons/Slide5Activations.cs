using System.Text.Json.Nodes;
using NnLesson.Figures;
using NnLesson.Figures.Slide5Activations;
using NnLesson.Figures.Text;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 5: sigmoid, tanh and ReLU and their derivatives, the reason deep sigmoid stacks learn slowly:
/// backpropagation multiplies the gradient by f′(z) at every layer and σ′(z) = σ(z)(1 − σ(z)) ≤ 0.25,
/// so after n sigmoid layers at most 0.25ⁿ of it is left, while ReLU′ = 1 for z &gt; 0 passes it unchanged.
/// Every number comes from <see cref="Core.Activations.IActivation"/>.
/// </summary>
public static class Slide5Activations
{
    public const string Id = "slide5-activations";

    public static readonly IReadOnlyList<string> FigureFiles = [ActivationsFigure.FileName, DerivativesFigure.FileName];

    /// <summary>The z values of the printed table: both tails, the middle, and the kink of ReLU.</summary>
    public static readonly IReadOnlyList<double> TableZ = [-5, -2, -1, 0, 1, 2, 5];

    public static SlideOutcome Run(SlideContext context)
    {
        var reporter = context.Reporter;
        var lang = context.Lang;
        string F(double value) => NumberText.Fixed(value, 4, lang);
        reporter.Heading(lang.Text("Слайд 5: функції активації та їхні похідні", "Slide 5: activation functions and their derivatives"));
        foreach (var card in ActivationCard.All)
        {
            reporter.Line($"{card.Activation.Formula}, {lang.Text("область значень", "range")} {card.RangeFor(lang)}");
            reporter.Line($"    {card.DerivativeFormula}");
        }

        var columns = new List<string> { "z" };
        foreach (var card in ActivationCard.All)
        {
            columns.Add(card.Activation.Name);
            columns.Add(card.Activation.Name + "′");
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
        reporter.Table(lang.Text("Значення f(z) і похідні f′(z)", "Values f(z) and derivatives f′(z)"), columns, rows);

        // The ceiling of each derivative, measured on a fine grid that contains z = 0.
        // Kept in ActivationCard.All order (sigmoid, tanh, ReLU): the report line lists them in that order.
        var maxima = ActivationCard.All
            .Select(c => (Card: c, Max: ActivationSampling.Of(c.Activation, DerivativesFigure.ZMin, DerivativesFigure.ZMax).MaxDerivative))
            .ToList();
        double MaxOf(ActivationCard card) => maxima.Single(m => m.Card == card).Max;
        var sigmoidMax = MaxOf(ActivationCard.Sigmoid);
        var reluMax = MaxOf(ActivationCard.Relu);
        var zRange = NumberText.List([NumberText.Plain(DerivativesFigure.ZMin, lang), NumberText.Plain(DerivativesFigure.ZMax, lang)], lang);
        reporter.Line(lang.Text("max f′ на z ∈ ", "max f′ on z ∈ ") + $"[{zRange}]: " +
                      NumberText.List(maxima.Select(m => $"{m.Card.Activation.Name}′ {F(m.Max)}"), lang));
        var n = DerivativesFigure.HighlightLayers;
        var sigmoidFactor = Math.Pow(sigmoidMax, n);
        var factors = $"sigmoid {F(sigmoidMax)}^{n} = {NumberText.Scientific(sigmoidFactor, 2, lang)}{NumberText.ListSeparator(lang)}" +
                      $"ReLU {F(reluMax)}^{n} = {NumberText.Plain(Math.Pow(reluMax, n), lang, 3)}";
        reporter.Line(lang.Text($"У найкращому разі після {n} шарів: {factors}", $"Best case after {n} layers: {factors}"));

        var activations = ActivationsFigure.Save(context.Lang, context.Size, context.OutputPath(ActivationsFigure.FileName));
        var derivatives = DerivativesFigure.Save(context.Lang, context.Size, context.OutputPath(DerivativesFigure.FileName));

        var metrics = new JsonObject
        {
            ["max_sigmoid_derivative"] = sigmoidMax,
            ["max_tanh_derivative"] = MaxOf(ActivationCard.Tanh),
            ["max_relu_derivative"] = reluMax,
            [$"sigmoid_factor_{n}_layers"] = sigmoidFactor,
        };
        var parameters = new JsonObject
        {
            ["activations"] = new JsonArray(ActivationCard.All.Select(c => (JsonNode)c.Activation.Name).ToArray()),
            ["z_range"] = new JsonArray(DerivativesFigure.ZMin, DerivativesFigure.ZMax),
            ["layers_shown"] = DerivativesFigure.Layers,
            ["flat_threshold"] = ActivationsFigure.FlatThreshold,
        };
        return new SlideOutcome(Id, [activations.Figure, derivatives.Figure], metrics, parameters);
    }
}
