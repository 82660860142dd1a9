namespace NnLesson.Figures.Slide5Activations;

/// <summary>
/// Slide 5's console texts (activation functions), in both languages, beside the figures' own. Numbers come in
/// already written by <see cref="NumberText"/>. Column heads are the lecture's symbols (σ, tanh, ReLU), the same in
/// both languages, as the formulas above the table write them.
/// </summary>
public static class Slide5ActivationsTexts
{
    public static readonly Localized Heading = new("Слайд 5: функції активації та їхні похідні", "Slide 5: activation functions and their derivatives");
    public static readonly Localized Range = new("область значень", "range");
    public static readonly Localized TableTitle = new("Значення f(z) і похідні f′(z)", "Values f(z) and derivatives f′(z)");
    public static readonly Localized MaxDerivativeOn = new("max f′ на z ∈ ", "max f′ on z ∈ ");

    /// <summary>The symbol of an activation in a table column or a product: σ, tanh, ReLU.</summary>
    public static string Symbol(ActivationCard card) => card.Activation.Name switch
    {
        "sigmoid" => "σ",
        "relu" => "ReLU",
        var name => name,
    };

    /// <summary>"У найкращому разі після 10 шарів: σ′ 0,2500^10 = …" — <paramref name="factors"/> already written.</summary>
    public static string BestCase(int layers, string factors, Lang lang) =>
        lang.Text($"У найкращому разі після {layers} {UkrainianPlural.Form(layers, "шару", "шарів", "шарів")}: {factors}",
            $"Best case after {layers} layers: {factors}");
}
