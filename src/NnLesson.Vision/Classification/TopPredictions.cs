namespace NnLesson.Vision.Classification;

/// <summary>The k most probable classes: probabilities sorted high to low, ties broken by the lower class index (deterministic).</summary>
public static class TopPredictions
{
    /// <summary>probabilities: [classes]; labels: [classes], mapped by index (ImageNet names repeat, e.g. "crane" is 134 and 517).</summary>
    public static IReadOnlyList<Prediction> Select(ReadOnlySpan<double> probabilities, IReadOnlyList<string> labels, int k)
    {
        if (labels.Count != probabilities.Length)
        {
            throw new ArgumentException($"{probabilities.Length} probabilities but {labels.Count} labels.", nameof(labels));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, probabilities.Length);
        var order = new int[probabilities.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var p = probabilities.ToArray();
        Array.Sort(order, (a, b) => p[a] != p[b] ? p[b].CompareTo(p[a]) : a.CompareTo(b));
        return order.Take(k).Select(i => new Prediction(i, labels[i], p[i])).ToArray();
    }
}
