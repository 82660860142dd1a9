using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Figures.Slide5Activations;
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
        reporter.Heading("Slide 5: activation functions and their derivatives");
        foreach (var card in ActivationCard.All)
        {
            reporter.Line($"{card.Activation.Formula}, range {card.Range}");
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
            var row = new List<string> { z.ToString("0.##", CultureInfo.InvariantCulture) };
            foreach (var card in ActivationCard.All)
            {
                row.Add(F(card.Activation.Value(z)));
                row.Add(F(card.Activation.Derivative(z)));
            }
            return (IReadOnlyList<string>)row;
        }).ToList();
        reporter.Table("Values f(z) and derivatives f′(z)", columns, rows);

        // The ceiling of each derivative, measured on a fine grid that contains z = 0.
        // Kept in ActivationCard.All order (sigmoid, tanh, ReLU): the report line lists them in that order.
        var maxima = ActivationCard.All
            .Select(c => (Card: c, Max: ActivationSampling.Of(c.Activation, DerivativesFigure.ZMin, DerivativesFigure.ZMax).MaxDerivative))
            .ToList();
        double MaxOf(ActivationCard card) => maxima.Single(m => m.Card == card).Max;
        var sigmoidMax = MaxOf(ActivationCard.Sigmoid);
        var reluMax = MaxOf(ActivationCard.Relu);
        reporter.Line($"max f′ on z ∈ [{DerivativesFigure.ZMin}, {DerivativesFigure.ZMax}]: " +
                      string.Join(", ", maxima.Select(m => $"{m.Card.Activation.Name}′ {F(m.Max)}")));
        var n = DerivativesFigure.HighlightLayers;
        var sigmoidFactor = Math.Pow(sigmoidMax, n);
        reporter.Line($"Best case after {n} layers: sigmoid {F(sigmoidMax)}^{n} = {sigmoidFactor.ToString("0.00e0", CultureInfo.InvariantCulture)}, " +
                      $"ReLU {F(reluMax)}^{n} = {Math.Pow(reluMax, n).ToString("0.###", CultureInfo.InvariantCulture)}");

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

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
