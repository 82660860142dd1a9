namespace NnLesson.Core.Transfer;

/// <summary>
/// Softmax and cross-entropy, the output and the loss of a K-class classifier:
/// <code>
/// p_k = softmax(z)_k = e^(z_k − m) / Σ_j e^(z_j − m),   m = max_j z_j   (the shift cancels; e^x never overflows)
/// ℓ(z, t) = −ln p_t = ln Σ_j e^(z_j − m) + m − z_t                        (log-sum-exp: finite for any finite z)
/// ∂ℓ/∂z_k = p_k − [k = t]                                                   (softmax's Jacobian and the log cancel)
/// </code>
/// A head that answers 1/K for every class scores ln K (ln 2 ≈ 0.693 for two classes).
/// </summary>
public static class SoftmaxCrossEntropy
{
    /// <summary>The loss of answering 1/K everywhere: ln K.</summary>
    public static double ChanceLevel(int classes) => Math.Log(classes);

    /// <summary>p = softmax(z): [K] from logits z: [K].</summary>
    public static double[] Probabilities(ReadOnlySpan<double> logits)
    {
        var m = Max(logits); // scalar
        var p = new double[logits.Length]; // [K]
        var sum = 0.0;
        for (var k = 0; k < logits.Length; k++)
        {
            p[k] = Math.Exp(logits[k] - m);
            sum += p[k];
        }
        for (var k = 0; k < logits.Length; k++)
        {
            p[k] /= sum;
        }
        return p;
    }

    /// <summary>ℓ = −ln p_target, by log-sum-exp from the logits z: [K].</summary>
    public static double Loss(ReadOnlySpan<double> logits, int target)
    {
        var m = Max(logits);
        var sum = 0.0;
        foreach (var z in logits)
        {
            sum += Math.Exp(z - m);
        }
        return Math.Log(sum) + m - logits[target];
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var m = double.NegativeInfinity;
        foreach (var v in values)
        {
            m = Math.Max(m, v);
        }
        return m;
    }
}
