namespace NnLesson.Core.Transfer;

/// <summary>
/// Feature standardisation: x'_j = (x_j − μ_j) / σ_j, with μ and σ the mean and the (population) standard
/// deviation of feature j over the <b>training</b> samples only — the validation photos must not leak into
/// what the head is allowed to know. σ_j below <see cref="MinStd"/> (a feature that is constant on the
/// training set, e.g. a ReLU channel that never fires) is replaced by 1, so the feature becomes 0, not ∞.
/// Mean: [D], Std: [D].
/// </summary>
public sealed record FeatureStandardizer(double[] Mean, double[] Std)
{
    public const double MinStd = 1e-8;

    public int Dimension => Mean.Length;

    /// <summary>μ_j = (1/N) Σᵢ x_ij and σ_j = √((1/N) Σᵢ (x_ij − μ_j)²) over the rows of X: [N, D].</summary>
    public static FeatureStandardizer Fit(double[][] x)
    {
        if (x.Length == 0)
        {
            throw new ArgumentException("Cannot fit a standardiser on no samples.", nameof(x));
        }
        var d = x[0].Length;
        var mean = new double[d];
        var std = new double[d];
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j];
            }
        }
        for (var j = 0; j < d; j++)
        {
            mean[j] /= x.Length;
        }
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                var centred = row[j] - mean[j];
                std[j] += centred * centred;
            }
        }
        for (var j = 0; j < d; j++)
        {
            var sigma = Math.Sqrt(std[j] / x.Length);
            std[j] = sigma < MinStd ? 1 : sigma;
        }
        return new FeatureStandardizer(mean, std);
    }

    /// <summary>x' = (x − μ) / σ for one sample x: [D].</summary>
    public double[] Apply(ReadOnlySpan<double> x)
    {
        if (x.Length != Dimension)
        {
            throw new ArgumentException($"Expected {Dimension} features, got {x.Length}.", nameof(x));
        }
        var result = new double[x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            result[j] = (x[j] - Mean[j]) / Std[j];
        }
        return result;
    }

    /// <summary>Every row of X: [N, D] standardised.</summary>
    public double[][] Apply(double[][] x) => [.. x.Select(row => Apply(row))];
}
