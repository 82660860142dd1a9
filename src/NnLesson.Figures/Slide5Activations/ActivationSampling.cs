using NnLesson.Core.Activations;

namespace NnLesson.Figures.Slide5Activations;

/// <summary>
/// An activation evaluated on an evenly spaced grid of z, through <see cref="IActivation"/> only (the
/// figures never re-implement a formula). The grid has an odd number of points on a symmetric range, so
/// it contains z = 0 exactly, where σ′ and tanh′ peak.
/// </summary>
public sealed record ActivationSampling(IActivation Activation, double[] Z, double[] Values, double[] Derivatives)
{
    public static ActivationSampling Of(IActivation activation, double zMin, double zMax, int points = 1201)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var z = new double[points];
        var values = new double[points];
        var derivatives = new double[points];
        for (var i = 0; i < points; i++)
        {
            z[i] = zMin + i * (zMax - zMin) / (points - 1);
            values[i] = activation.Value(z[i]);
            derivatives[i] = activation.Derivative(z[i]);
        }
        return new ActivationSampling(activation, z, values, derivatives);
    }

    /// <summary>The largest f′(z) on the grid: the best a gradient can be multiplied by when it passes this activation.</summary>
    public double MaxDerivative => Derivatives.Max();

    /// <summary>
    /// The stretches of z where f′(z) &lt; <paramref name="threshold"/>: the gradient that flows back through
    /// the activation there is (almost) gone. Each as (start, end) on the grid.
    /// </summary>
    public IReadOnlyList<(double Start, double End)> FlatIntervals(double threshold)
    {
        var intervals = new List<(double, double)>();
        int? start = null;
        for (var i = 0; i <= Z.Length; i++)
        {
            var flat = i < Z.Length && Derivatives[i] < threshold;
            if (flat && start is null)
            {
                start = i;
            }
            else if (!flat && start is { } s)
            {
                intervals.Add((Z[s], Z[i - 1]));
                start = null;
            }
        }
        return intervals;
    }
}
