namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// Softmax cross-entropy over K classes, the mean over the batch, and its gradient:
/// <code>p[n, k] = exp(z[n, k] − m_n) / Σ_j exp(z[n, j] − m_n),   m_n = max_j z[n, j]   (max-subtracted: exp never overflows)
/// L        = −(1/N) Σ_n log p[n, y_n]                                  (log p computed as z − m − log Σ exp, never log 0)
/// dz[n, k] = (p[n, k] − [k = y_n]) / N</code>
/// z and dz: [N, K] (a batch [N, K, 1, 1]), labels y: [N] with 0 ≤ y_n &lt; K.
/// </summary>
public static class SoftmaxCrossEntropy
{
    public static double Loss(Batch logits, ReadOnlySpan<int> labels) => LossAndGradient(logits, labels, gradient: null);

    /// <summary>The mean loss; writes ∂L/∂z into <paramref name="gradient"/> when it is given ([N, K]).</summary>
    public static double LossAndGradient(Batch logits, ReadOnlySpan<int> labels, Batch? gradient)
    {
        int count = logits.Count, classes = logits.SampleSize;
        if (labels.Length != count)
        {
            throw new ArgumentException($"{labels.Length} labels for {count} samples.", nameof(labels));
        }
        var total = 0.0;
        for (var n = 0; n < count; n++)
        {
            var z = logits.Data.AsSpan(n * classes, classes);
            var label = labels[n];
            if (label < 0 || label >= classes)
            {
                throw new LessonException(
                    $"Мітка {label} поза межами класів 0…{classes - 1}.",
                    $"Label {label} is outside the {classes} classes 0…{classes - 1}.");
            }
            var max = double.NegativeInfinity;
            foreach (var v in z)
            {
                max = Math.Max(max, v);
            }
            var sum = 0.0;
            foreach (var v in z)
            {
                sum += Math.Exp(v - max);
            }
            var logSum = Math.Log(sum);
            total -= z[label] - max - logSum; // −log p[n, y_n]
            if (gradient is not null)
            {
                for (var k = 0; k < classes; k++)
                {
                    var p = Math.Exp(z[k] - max - logSum);
                    gradient.Data[n * classes + k] = (p - (k == label ? 1 : 0)) / count;
                }
            }
        }
        return total / count;
    }
}
