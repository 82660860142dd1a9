using NnLesson.Core.Linear;

namespace NnLesson.Core.Datasets;

/// <summary>
/// Collects noise-free points of a toy problem, then (like scikit-learn's generators) shuffles their
/// order and adds Gaussian noise N(0, noise²) to both coordinates, all from one seeded <see cref="Random"/>.
/// </summary>
internal sealed class PointSetBuilder(int capacity)
{
    private readonly List<(double X1, double X2, int Label)> _points = new(capacity);

    public void Add(double x1, double x2, int label) => _points.Add((x1, x2, label));

    public Dataset2D Build(double noise, Random random)
    {
        var order = Enumerable.Range(0, _points.Count).ToArray();
        Dataset2D.Shuffle(order, random);
        var x = new Matrix(_points.Count, 2);
        var labels = new int[_points.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var (x1, x2, label) = _points[order[i]];
            x[i, 0] = x1 + noise * Gaussian.Next(random);
            x[i, 1] = x2 + noise * Gaussian.Next(random);
            labels[i] = label;
        }
        return new Dataset2D(x, labels);
    }

    /// <summary>numpy's linspace(start, stop, count)[index]: evenly spaced, both ends included.</summary>
    public static double Linspace(double start, double stop, int count, int index) =>
        count == 1 ? start : start + (stop - start) * index / (count - 1);

    /// <summary>Refuses sizes and noise levels no generator can honour (at least one point per class, finite noise ≥ 0).</summary>
    public static void Validate(int samples, double noise)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        if (!double.IsFinite(noise) || noise < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "Noise must be a finite number ≥ 0.");
        }
    }
}
