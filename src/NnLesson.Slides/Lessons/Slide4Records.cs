using NnLesson.Core.Networks;
using NnLesson.Figures.Slide4;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Everything slide 4 computed: the random network from <see cref="Seed"/>, the worked batch's forward pass
/// (X: [4, 2] → Y: [4, 1]), the output p over the plane (Field: [rows, cols]) and the share of it above 0.5,
/// the batch with its probabilities, and each hidden unit's field for the hidden-units figure.
/// </summary>
public sealed record Slide4Result(
    int Seed,
    TwoLayerMlp Network,
    MlpForwardPass Pass,
    double[,] Field,
    double FractionClass1,
    IReadOnlyList<BatchPoint> Batch,
    HiddenUnitsData HiddenUnits);

/// <summary>manifest.json's <c>metrics.slide4</c>: plane_fraction_class1, batch_probabilities, batch_active_hidden_fraction.</summary>
public sealed record Slide4Metrics(double PlaneFractionClass1, double[] BatchProbabilities, double BatchActiveHiddenFraction);

/// <summary>manifest.json's <c>parameters.slide4</c>: inputs, hidden, bias_std, plane [xmin, xmax, ymin, ymax], batch [[x1, x2], …].</summary>
public sealed record Slide4Parameters(int Inputs, int Hidden, double BiasStd, double[] Plane, double[][] Batch);
