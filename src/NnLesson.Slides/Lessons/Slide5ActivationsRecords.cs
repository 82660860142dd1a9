using System.Text.Json.Serialization;
using NnLesson.Figures.Slide5Activations;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// What slide 5 (activations) computed: the curves of the activations figure (z ∈ [−5, 5]) and of the derivatives
/// figure (z ∈ [−6, 6]), each one sampling per card of <see cref="ActivationCard.All"/>; the largest f′ of each on
/// the fine grid, in the same order; and n, the depth at which the best-case factor (max f′)ⁿ is quoted.
/// </summary>
public sealed record Slide5ActivationsResult(
    IReadOnlyList<ActivationSampling> Curves,
    IReadOnlyList<ActivationSampling> DerivativeCurves,
    double[] MaxDerivatives,
    int Layers)
{
    public double SigmoidMax => MaxDerivatives[ActivationCard.All.ToList().IndexOf(ActivationCard.Sigmoid)];

    public double ReluMax => MaxDerivatives[ActivationCard.All.ToList().IndexOf(ActivationCard.Relu)];

    /// <summary>(max σ′)ⁿ: what is left of a gradient after n sigmoid layers in the best case.</summary>
    public double SigmoidFactor => Math.Pow(SigmoidMax, Layers);
}

/// <summary>manifest.json's <c>metrics.slide5-activations</c> (the factor's key names the slide's n = 10).</summary>
public sealed record Slide5ActivationsMetrics(
    double MaxSigmoidDerivative,
    double MaxTanhDerivative,
    double MaxReluDerivative,
    [property: JsonPropertyName("sigmoid_factor_10_layers")] double SigmoidFactor10Layers);

/// <summary>manifest.json's <c>parameters.slide5-activations</c>: activations, z_range, layers_shown, flat_threshold.</summary>
public sealed record Slide5ActivationsParameters(string[] Activations, double[] ZRange, int LayersShown, double FlatThreshold);
