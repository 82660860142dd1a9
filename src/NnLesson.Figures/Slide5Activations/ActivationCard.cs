using NnLesson.Core.Activations;
using ScottPlot;

namespace NnLesson.Figures.Slide5Activations;

/// <summary>
/// What the slide says about one activation beside its curve: name, range of values (as text and as
/// numbers for the dashed bounds), one strength, one weakness, the derivative's formula, and its colour
/// (the same in both slide 5 figures). The function itself always comes from <see cref="IActivation"/>.
/// <see cref="Range"/> is written as the code prints it; figures show <see cref="RangeFor"/>. Texts with "{0}"
/// take a number from <see cref="NumberText"/> through <see cref="ProFor"/> and <see cref="ConFor"/>.
/// </summary>
public sealed record ActivationCard(
    IActivation Activation,
    Localized Name,
    string Range,
    double RangeMin,
    double RangeMax,
    Localized Pro,
    Localized Con,
    string DerivativeFormula,
    Color Color)
{
    public static readonly ActivationCard Sigmoid = new(
        Core.Activations.Sigmoid.Instance,
        new("Сигмоїда", "Sigmoid"),
        "(0, 1)", 0, 1,
        new("вихід можна читати як ймовірність", "the output reads as a probability"),
        new("насичується: σ′ ≤ {0}, градієнти зникають", "saturates: σ′ ≤ {0}, gradients vanish"),
        "σ′(z) = σ(z)·(1 − σ(z))",
        LessonColors.Blue);

    public static readonly ActivationCard Tanh = new(
        Core.Activations.Tanh.Instance,
        new("Гіперболічний тангенс", "Hyperbolic tangent"),
        "(−1, 1)", -1, 1,
        new("центрована відносно нуля: виходи розкидані навколо 0", "zero-centred: outputs spread around 0"),
        new("теж насичується при великих |z|", "also saturates for large |z|"),
        "tanh′(z) = 1 − tanh²(z)",
        LessonColors.ReddishPurple);

    public static readonly ActivationCard Relu = new(
        Core.Activations.Relu.Instance,
        new("ReLU", "ReLU"),
        "[0, ∞)", 0, double.PositiveInfinity,
        new("дешева в обчисленні; при z > 0 не насичується (f′ = 1)", "cheap; no saturation for z > 0 (f′ = 1)"),
        new("«мертва» при z < 0: градієнт 0", "“dead” for z < 0: the gradient is 0"),
        "ReLU′(z) = 1 (z > 0), 0 (z < 0)",
        LessonColors.BluishGreen);

    /// <summary>The three activations of the slide, in the order they are shown.</summary>
    public static readonly IReadOnlyList<ActivationCard> All = [Sigmoid, Tanh, Relu];

    public static readonly Localized RangeLabel = new("Область значень", "Range");

    /// <summary>The one number a card's text quotes: the ceiling of σ′, 0.25 (σ′(0) = σ(0)·(1 − σ(0)) = 0.5·0.5).</summary>
    public const double SigmoidDerivativeCeiling = 0.25;

    /// <summary>
    /// The range as an interval in the figure's language: Ukrainian separates the ends with "; " (the comma is
    /// its decimal comma), as its textbooks write (0; 1) and [0; ∞); English keeps (0, 1).
    /// </summary>
    public string RangeFor(Lang lang) => lang == Lang.Uk ? Range.Replace(", ", NumberText.ListSeparator(lang), StringComparison.Ordinal) : Range;

    public string ProFor(Lang lang) => Fill(Pro.For(lang), lang);

    public string ConFor(Lang lang) => Fill(Con.For(lang), lang);

    private static string Fill(string text, Lang lang) =>
        text.Contains("{0}", StringComparison.Ordinal) ? string.Format(text, NumberText.Plain(SigmoidDerivativeCeiling, lang)) : text;

    /// <summary>
    /// <see cref="IActivation.Formula"/> as set on a slide: the plain-text powers e^z and e^(−z) become
    /// eᶻ and e⁻ᶻ (superscripts the bundled font has), which is shorter and reads like the blackboard.
    /// </summary>
    public string DisplayFormula => Typeset(Activation.Formula);

    public static string Typeset(string formula) => formula.Replace("^(−z)", "⁻ᶻ").Replace("^(-z)", "⁻ᶻ").Replace("^z", "ᶻ");
}
