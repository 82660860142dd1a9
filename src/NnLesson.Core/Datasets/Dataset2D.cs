using NnLesson.Core.Linear;

namespace NnLesson.Core.Datasets;

/// <summary>
/// A labelled 2-D binary classification problem: X: [n, 2] (row i = point (x₁, x₂)), Labels: [n] with
/// values 0 or 1. <see cref="Targets"/> is the same labels as a [n, 1] matrix T, the shape the loss expects.
/// </summary>
public sealed class Dataset2D
{
    public Dataset2D(Matrix x, int[] labels)
    {
        if (x.Cols != 2 || x.Rows != labels.Length)
        {
            throw new ArgumentException($"Expected X: [n, 2] and n labels, got X {x.Shape} and {labels.Length} labels.");
        }
        if (labels.Any(label => label is not (0 or 1)))
        {
            throw new ArgumentException("Labels must be 0 or 1.", nameof(labels));
        }
        X = x;
        Labels = labels;
    }

    /// <summary>X: [n, 2], one point per row.</summary>
    public Matrix X { get; }

    /// <summary>Labels: [n], 0 or 1.</summary>
    public int[] Labels { get; }

    public int Count => Labels.Length;

    /// <summary>T: [n, 1], the labels as doubles (the t in the loss).</summary>
    public Matrix Targets
    {
        get
        {
            var t = new Matrix(Count, 1);
            for (var i = 0; i < Count; i++)
            {
                t.Data[i] = Labels[i];
            }
            return t;
        }
    }

    /// <summary>The first coordinate x₁ of every point: [n] (for plotting).</summary>
    public double[] X1 => Column(0);

    /// <summary>The second coordinate x₂ of every point: [n] (for plotting).</summary>
    public double[] X2 => Column(1);

    /// <summary>How many points carry label 1.</summary>
    public int CountOfClass1 => Labels.Count(label => label == 1);

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public Dataset2D Select(ReadOnlySpan<int> indices)
    {
        var x = new Matrix(indices.Length, 2);
        var labels = new int[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            X.Row(indices[i]).CopyTo(x.Row(i));
            labels[i] = Labels[indices[i]];
        }
        return new Dataset2D(x, labels);
    }

    /// <summary>
    /// Shuffles the points with <paramref name="random"/> (Fisher–Yates) and keeps the first
    /// round(n · validationFraction) for validation, the rest for training. Same seed → same split.
    /// </summary>
    public DatasetSplit Split(double validationFraction, Random random)
    {
        if (!(validationFraction > 0 && validationFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction, "Must be between 0 and 1.");
        }
        var validationCount = (int)Math.Round(Count * validationFraction);
        if (validationCount < 1 || validationCount >= Count)
        {
            throw new ArgumentException($"{Count} points are too few to split {validationFraction:P0} off for validation.");
        }
        var order = Enumerable.Range(0, Count).ToArray();
        Shuffle(order, random);
        return new DatasetSplit(Select(order.AsSpan(validationCount)), Select(order.AsSpan(0, validationCount)));
    }

    /// <summary>Fisher–Yates: every permutation equally likely, driven by the given <see cref="Random"/>.</summary>
    internal static void Shuffle(int[] items, Random random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private double[] Column(int col)
    {
        var values = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            values[i] = X[i, col];
        }
        return values;
    }
}

/// <summary>Training points (the gradient sees them) and validation points (only measured, never trained on).</summary>
public sealed record DatasetSplit(Dataset2D Train, Dataset2D Validation);
