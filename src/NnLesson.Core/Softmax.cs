namespace NnLesson.Core;

/// <summary>
/// The output activation of a classifier: raw class scores (logits) z: [classes] → probabilities p: [classes],
///   p_i = e^(z_i − m) / Σ_j e^(z_j − m),   m = max_j z_j.
/// </summary>
/// <remarks>
/// Max subtraction (the "stable softmax"): the factor e^(−m) cancels between numerator and denominator, so the
/// answer is the textbook e^(z_i) / Σ_j e^(z_j), but every exponent is ≤ 0: e^1000 overflows to ∞ (and ∞/∞ = NaN),
/// while e^(1000 − 1000) = 1. The sum is at least 1 (the maximum's own term), so it never underflows to 0.
/// float logits in (what networks give), double probabilities out.
/// </remarks>
public static class Softmax
{
    /// <summary>logits: [classes] → probabilities: [classes], each in [0, 1], summing to 1.</summary>
    /// <exception cref="ArgumentException">No logits, or one that is NaN or ±∞.</exception>
    public static double[] Stable(ReadOnlySpan<float> logits)
    {
        if (logits.Length == 0)
        {
            throw new ArgumentException("Softmax needs at least one logit.", nameof(logits));
        }
        var m = double.NegativeInfinity; // scalar: max_j z_j
        foreach (var z in logits)
        {
            if (!float.IsFinite(z))
            {
                throw new ArgumentException($"Logits must be finite numbers (found {z}).", nameof(logits));
            }
            m = Math.Max(m, z);
        }
        var p = new double[logits.Length]; // [classes]
        var sum = 0.0;                     // Σ_j e^(z_j − m) ≥ 1
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - m); // ≤ 1: never overflows
            sum += p[i];
        }
        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }
        return p;
    }
}
