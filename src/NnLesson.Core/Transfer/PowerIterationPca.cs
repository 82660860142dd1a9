using System.Numerics.Tensors;

namespace NnLesson.Core.Transfer;

/// <summary>
/// Principal component analysis by power iteration, without forming the D×D covariance matrix.
/// With the centred data Xc = X − mean: [N, D], the covariance is C = Xcᵀ·Xc / (N − 1), and
/// <code>
/// v ← C·v / ‖C·v‖ = Xcᵀ·(Xc·v) / ‖…‖        repeated until v stops turning
/// λ = vᵀ·C·v = ‖Xc·v‖² / (N − 1)            its variance
/// </code>
/// converges to the top eigenvector. The next component repeats the iteration while removing the
/// directions already found (Gram–Schmidt deflation: v ← v − Σ (vᵀu)u), so it converges to the next one.
/// The start vector is seeded, and each component's sign is fixed so its largest entry is positive.
/// </summary>
public sealed record PowerIterationPca(double[] Mean, double[][] Components, double[] Variances, double TotalVariance)
{
    public const int MaxIterations = 1000;
    public const double Tolerance = 1e-10;

    /// <summary>Share of the total variance each component explains: λ_k / trace(C).</summary>
    public double[] ExplainedRatio => [.. Variances.Select(v => TotalVariance > 0 ? v / TotalVariance : 0)];

    /// <summary>The top <paramref name="count"/> components of X: [N, D] (N ≥ 2).</summary>
    public static PowerIterationPca Fit(double[][] x, int count, int seed)
    {
        if (x.Length < 2)
        {
            throw new ArgumentException("PCA needs at least two samples.", nameof(x));
        }
        var n = x.Length;
        var d = x[0].Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, d);
        var mean = new double[d];
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j] / n;
            }
        }
        var centred = x.Select(row => row.Select((v, j) => v - mean[j]).ToArray()).ToArray(); // Xc: [N, D]
        var total = centred.Sum(row => row.Sum(v => v * v)) / (n - 1); // trace(C)

        var random = new Random(seed);
        var components = new List<double[]>();
        var variances = new List<double>();
        for (var c = 0; c < count; c++)
        {
            var v = Enumerable.Range(0, d).Select(_ => random.NextDouble() - 0.5).ToArray(); // [D]
            Deflate(v, components);
            Normalize(v);
            for (var iteration = 0; iteration < MaxIterations; iteration++)
            {
                var next = CovarianceTimes(centred, v); // C·v: [D]
                Deflate(next, components);
                if (Normalize(next) == 0)
                {
                    break; // no variance left in the remaining directions
                }
                var change = 0.0;
                for (var j = 0; j < d; j++)
                {
                    change = Math.Max(change, Math.Abs(next[j] - v[j]));
                }
                v = next;
                if (change < Tolerance)
                {
                    break;
                }
            }
            var largest = v.MaxBy(Math.Abs);
            if (largest < 0)
            {
                for (var j = 0; j < d; j++)
                {
                    v[j] = -v[j];
                }
            }
            components.Add(v);
            variances.Add(centred.Sum(row => Square(Dot(row, v))) / (n - 1));
        }
        return new PowerIterationPca(mean, [.. components], [.. variances], total);
    }

    /// <summary>The coordinates of one sample x: [D] along the components: [count].</summary>
    public double[] Project(ReadOnlySpan<double> x)
    {
        var result = new double[Components.Length];
        for (var c = 0; c < Components.Length; c++)
        {
            var sum = 0.0;
            for (var j = 0; j < x.Length; j++)
            {
                sum += (x[j] - Mean[j]) * Components[c][j];
            }
            result[c] = sum;
        }
        return result;
    }

    /// <summary>C·v = Xcᵀ·(Xc·v) / (N − 1) for Xc: [N, D], v: [D].</summary>
    private static double[] CovarianceTimes(double[][] centred, double[] v)
    {
        var result = new double[v.Length];
        foreach (var row in centred)
        {
            var projection = Dot(row, v); // (Xc·v)_i
            TensorPrimitives.MultiplyAdd(row, projection, result, result); // result[j] += (Xc·v)_i · Xc[i, j] (SIMD; the loop that converges takes ~100 of these passes)
        }
        for (var j = 0; j < v.Length; j++)
        {
            result[j] /= centred.Length - 1;
        }
        return result;
    }

    /// <summary>v ← v − Σ_u (vᵀu)·u over the components found so far.</summary>
    private static void Deflate(double[] v, List<double[]> found)
    {
        foreach (var u in found)
        {
            var along = Dot(v, u);
            for (var j = 0; j < v.Length; j++)
            {
                v[j] -= along * u[j];
            }
        }
    }

    /// <summary>Scales v to length 1 and returns its old length (0 leaves v as it is).</summary>
    private static double Normalize(double[] v)
    {
        var length = Math.Sqrt(Dot(v, v));
        if (length > 0)
        {
            for (var j = 0; j < v.Length; j++)
            {
                v[j] /= length;
            }
        }
        return length;
    }

    private static double Dot(double[] a, double[] b) => TensorPrimitives.Dot(a, b); // Σ_j a_j·b_j

    private static double Square(double v) => v * v;
}
