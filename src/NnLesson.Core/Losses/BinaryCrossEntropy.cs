using NnLesson.Core.Linear;

namespace NnLesson.Core.Losses;

/// <summary>
/// Binary cross-entropy, the loss of a yes/no classifier with output Y = σ(Z2) = P(class 1):
///   L = −(1/N) · Σᵢ [ tᵢ·ln yᵢ + (1 − tᵢ)·ln(1 − yᵢ) ]
/// T: [N, 1] targets (0 or 1), Z2 and Y: [N, 1]. A network that answers 0.5 everywhere scores ln 2 ≈ 0.693.
/// Its gradient with respect to the logits is remarkably simple: ∂L/∂Z2 = (Y − T) / N.
/// </summary>
public static class BinaryCrossEntropy
{
    /// <summary>The loss of always answering ½: −ln ½ = ln 2.</summary>
    public static readonly double ChanceLevel = Math.Log(2);

    /// <summary>Clipping bound for <see cref="FromProbabilities"/>: ln(1e−12) ≈ −27.6 instead of ln 0 = −∞.</summary>
    public const double Epsilon = 1e-12;

    /// <summary>
    /// The loss from the logits Z2 (what training uses). Trick: log-sum-exp. Substituting y = σ(z) gives
    ///   ℓ(z, t) = ln(1 + e^z) − t·z = max(z, 0) − t·z + ln(1 + e^(−|z|)),
    /// where the right form never exponentiates a positive number, so it is exact and finite for any
    /// finite z (z = ±1000 included), unlike ln σ(z), which becomes ln 0 once σ rounds to 0 or 1.
    /// </summary>
    public static double FromLogits(ReadOnlySpan<double> z2, ReadOnlySpan<double> targets)
    {
        CheckLengths(z2.Length, targets.Length);
        var sum = 0.0;
        for (var i = 0; i < z2.Length; i++)
        {
            sum += PerSampleFromLogit(z2[i], targets[i]);
        }
        return sum / z2.Length;
    }

    /// <summary>ℓ(z, t) = max(z, 0) − t·z + ln(1 + e^(−|z|)), one sample's loss.</summary>
    public static double PerSampleFromLogit(double z, double t) =>
        Math.Max(z, 0) - t * z + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    /// <summary>
    /// The loss exactly as the slide writes it, from probabilities Y. Trick: clipped log, y is clamped to
    /// [ε, 1 − ε] with ε = 1e−12, so a saturated output costs at most −ln ε ≈ 27.6 instead of ∞.
    /// </summary>
    public static double FromProbabilities(ReadOnlySpan<double> y, ReadOnlySpan<double> targets)
    {
        CheckLengths(y.Length, targets.Length);
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var p = Math.Clamp(y[i], Epsilon, 1 - Epsilon);
            sum += targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p);
        }
        return -sum / y.Length;
    }

    /// <summary>
    /// dZ2 = ∂L/∂Z2 = (Y − T) / N: [N, 1]. The σ′ of the output and the 1/y of the log cancel,
    /// which is why sigmoid and cross-entropy are used together.
    /// </summary>
    public static Matrix GradientWrtLogits(Matrix y, Matrix targets)
    {
        if (y.Rows != targets.Rows || y.Cols != targets.Cols)
        {
            throw new ArgumentException($"Y {y.Shape} and T {targets.Shape} must have the same shape.");
        }
        var n = y.Rows;
        var dz2 = new Matrix(y.Rows, y.Cols);
        for (var i = 0; i < dz2.Data.Length; i++)
        {
            dz2.Data[i] = (y.Data[i] - targets.Data[i]) / n;
        }
        return dz2;
    }

    private static void CheckLengths(int predictions, int targets)
    {
        if (predictions != targets || predictions == 0)
        {
            throw new ArgumentException($"Need the same positive number of predictions and targets (got {predictions} and {targets}).");
        }
    }
}
