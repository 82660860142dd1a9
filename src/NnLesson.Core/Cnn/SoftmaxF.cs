namespace NnLesson.Core.Cnn;

/// <summary>
/// p = softmax(z) in float: p_i = e^(z_i − m) / Σ_j e^(z_j − m), m = max z (the shift cancels and keeps
/// every exponent ≤ 0, so nothing overflows). z, p: [classes].
/// </summary>
public static class SoftmaxF
{
    public static float[] Of(ReadOnlySpan<float> logits)
    {
        var m = float.NegativeInfinity;
        foreach (var z in logits)
        {
            m = MathF.Max(m, z); // scalar
        }
        var p = new float[logits.Length]; // [classes]
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = MathF.Exp(logits[i] - m);
            sum += p[i];
        }
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = (float)(p[i] / sum);
        }
        return p;
    }
}
