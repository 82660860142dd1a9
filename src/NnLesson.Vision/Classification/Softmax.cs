namespace NnLesson.Vision.Classification;

/// <summary>
/// Turns a network's raw class scores (logits) into probabilities:
/// p_i = exp(z_i − m) / Σ_j exp(z_j − m), with m = max_j z_j.
/// </summary>
/// <remarks>
/// Subtracting the maximum (the "max-subtracted" or stable softmax) does not change the result, since
/// the factor exp(−m) cancels, but keeps every exponent ≤ 0: exp(1000) overflows to ∞ (∞/∞ = NaN), while
/// exp(1000 − 1000) = 1. The sum is at least 1 (the maximum's own term), so it never underflows to 0.
/// Computed in double: float logits, double probabilities.
/// </remarks>
public static class Softmax
{
    /// <summary>logits: [classes] → probabilities: [classes], each in [0, 1], summing to 1.</summary>
    public static double[] Stable(ReadOnlySpan<float> logits)
    {
        if (logits.Length == 0)
        {
            throw new ArgumentException("Softmax needs at least one logit.", nameof(logits));
        }
        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            if (!float.IsFinite(z))
            {
                throw new ArgumentException($"Logits must be finite numbers (found {z}).", nameof(logits));
            }
            max = Math.Max(max, z);
        }
        var probabilities = new double[logits.Length];
        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            probabilities[i] = Math.Exp(logits[i] - max);
            sum += probabilities[i];
        }
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= sum;
        }
        return probabilities;
    }
}
