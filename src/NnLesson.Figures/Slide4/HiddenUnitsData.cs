using NnLesson.Core.Linear;
using NnLesson.Core.Networks;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// What <see cref="HiddenUnitsFigure"/> draws, already computed: for each hidden unit j its field
/// h_j = max(0, w₁·x₁ + w₂·x₂ + b) over the plane (Fields[j]: [rows, cols], row 0 at the top) and its
/// weights (w₁, w₂, b) = (W1[0, j], W1[1, j], b1[j]); the seed is quoted in the subtitle.
/// </summary>
public sealed record HiddenUnitsData(IReadOnlyList<double[,]> Fields, IReadOnlyList<(double W1, double W2, double B)> Units, PlaneBounds Bounds, int Seed)
{
    /// <summary>Each h_j is piecewise linear, so a 100 × 100 grid drawn smoothly is exact to the eye.</summary>
    public const int GridSide = 100;

    /// <summary>
    /// The first layer of <paramref name="network"/> (W1: [2, hidden], b1: [hidden]) over <paramref name="bounds"/>:
    /// column j of H = ReLU(X·W1 + b1) over a grid of the plane, H: [cells, hidden], one forward pass for all units.
    /// </summary>
    public static HiddenUnitsData Evaluate(TwoLayerMlp network, PlaneBounds bounds, int seed)
    {
        if (network.Inputs != 2 || network.Hidden > HiddenUnitsFigure.MaxUnits)
        {
            throw new ArgumentException($"The figure shows 2 inputs and at most {HiddenUnitsFigure.MaxUnits} hidden units, got {network.Inputs}→{network.Hidden}.");
        }
        var fields = new double[network.Hidden][,];
        Matrix? gridHidden = null;
        for (var j = 0; j < network.Hidden; j++)
        {
            var unit = j;
            fields[j] = ProbabilityField.Evaluate(x => Column(gridHidden ??= network.Forward(x).H, unit), bounds, GridSide, GridSide);
        }
        var units = Enumerable.Range(0, network.Hidden).Select(j => (network.W1[0, j], network.W1[1, j], network.B1[j])).ToList();
        return new HiddenUnitsData(fields, units, bounds, seed);
    }

    private static double[] Column(Matrix m, int col)
    {
        var values = new double[m.Rows];
        for (var r = 0; r < m.Rows; r++)
        {
            values[r] = m[r, col];
        }
        return values;
    }
}
