namespace NnLesson.Core.Transfer;

/// <summary>
/// Everything needed to put a new photo's backbone features f: [D] into the user's classes:
/// <code>
/// u = f / ‖f‖                  the direction of the feature vector (photos with more texture give longer vectors, not other classes)
/// x = (u − μ) / σ              the standardisation fitted on the training photos
/// p = softmax(W·x + b)         the trained head: [K] probabilities, one per class name
/// </code>
/// </summary>
public sealed record TrainedHead(IReadOnlyList<string> ClassNames, FeatureStandardizer Standardizer, SoftmaxHead Head)
{
    /// <summary>u = f / ‖f‖ (a zero vector stays zero).</summary>
    public static double[] UnitLength(ReadOnlySpan<float> features)
    {
        var norm = Norm(features);
        var u = new double[features.Length];
        for (var j = 0; j < features.Length; j++)
        {
            u[j] = norm > 0 ? features[j] / norm : 0;
        }
        return u;
    }

    /// <summary>‖f‖ = √(Σ f_j²).</summary>
    public static double Norm(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += (double)f * f;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>x = (f/‖f‖ − μ)/σ: what the head sees.</summary>
    public double[] Prepare(ReadOnlySpan<float> features) => Standardizer.Apply(UnitLength(features));

    /// <summary>p = softmax(W·x + b): [K].</summary>
    public double[] Probabilities(ReadOnlySpan<float> features) => Head.Probabilities(Prepare(features));

    /// <summary>
    /// The head's weights for class c folded back onto the raw features of one photo, for the class activation map:
    /// z_c = Σ_j W_cj·(f_j/‖f‖ − μ_j)/σ_j + b_c = Σ_j w'_j·f_j + b'_c with w'_j = W_cj / (σ_j·‖f‖) and
    /// b'_c = b_c − Σ_j W_cj·μ_j/σ_j. Since f_j is the average of map A_j, the map Σ_j w'_j·A_j averages to z_c − b'_c.
    /// </summary>
    public (float[] Weights, double Bias) FoldedClassWeights(int c, ReadOnlySpan<float> features)
    {
        var norm = Norm(features);
        var w = Head.ClassWeights(c);
        var folded = new float[w.Length];
        var bias = Head.B[c];
        for (var j = 0; j < w.Length; j++)
        {
            folded[j] = norm > 0 ? (float)(w[j] / (Standardizer.Std[j] * norm)) : 0f;
            bias -= w[j] * Standardizer.Mean[j] / Standardizer.Std[j];
        }
        return (folded, bias);
    }
}
