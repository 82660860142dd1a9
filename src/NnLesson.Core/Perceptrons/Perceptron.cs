namespace NnLesson.Core.Perceptrons;

/// <summary>
/// Rosenblatt's perceptron with two inputs, the model of slide 3:
///   weighted sum  z = w₁·x₁ + w₂·x₂ + b,
///   step          y = 1 if z ≥ 0, else 0,
///   learning rule w ← w + lr·(t − y)·x,  b ← b + lr·(t − y)   (t is the target, 0 or 1).
/// The rule changes nothing when the answer is right (t − y = 0); when it is wrong it moves the
/// weighted sum of this input towards the target by lr·(x₁² + x₂² + 1).
/// The weights are mutable on purpose: learning *is* changing them in place, one input at a time.
/// </summary>
public sealed class Perceptron
{
    public Perceptron(double w1, double w2, double bias)
    {
        if (!double.IsFinite(w1) || !double.IsFinite(w2) || !double.IsFinite(bias))
        {
            throw new ArgumentException($"Weights must be finite numbers (got w1={w1}, w2={w2}, b={bias}).");
        }
        W1 = w1;
        W2 = w2;
        Bias = bias;
    }

    /// <summary>Weight of input x₁.</summary>
    public double W1 { get; private set; }

    /// <summary>Weight of input x₂.</summary>
    public double W2 { get; private set; }

    /// <summary>The bias b: shifts the decision line w₁·x₁ + w₂·x₂ + b = 0 away from the origin.</summary>
    public double Bias { get; private set; }

    /// <summary>Half-width of the interval the random initial weights come from.</summary>
    public const double InitialScale = 0.5;

    /// <summary>
    /// Initial weights drawn from <paramref name="random"/> in this order: w₁, w₂, b, each uniform in
    /// [−0.5, 0.5). Small random numbers, so the starting line is some arbitrary line near the four
    /// inputs; the same seed always gives the same start and therefore the same training history.
    /// </summary>
    public static Perceptron CreateRandom(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var w1 = Uniform(random);
        var w2 = Uniform(random);
        var bias = Uniform(random);
        return new Perceptron(w1, w2, bias);
    }

    /// <summary>z = w₁·x₁ + w₂·x₂ + b.</summary>
    public double WeightedSum(double x1, double x2) => W1 * x1 + W2 * x2 + Bias;

    /// <summary>The step activation: 1 if z ≥ 0, else 0 (z = 0 counts as class 1, the usual convention).</summary>
    public static int Step(double z) => z >= 0 ? 1 : 0;

    /// <summary>y = step(w₁·x₁ + w₂·x₂ + b).</summary>
    public int Predict(double x1, double x2) => Step(WeightedSum(x1, x2));

    /// <summary>
    /// One application of the perceptron rule to one input (x₁, x₂) with target t:
    /// y = step(z), then w₁ += lr·(t − y)·x₁, w₂ += lr·(t − y)·x₂, b += lr·(t − y).
    /// Returns the error t − y (−1, 0 or +1); 0 means the input was already classified right and nothing changed.
    /// </summary>
    public int Learn(double x1, double x2, int target, double learningRate)
    {
        if (target is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A perceptron target is 0 or 1.");
        }
        var error = target - Predict(x1, x2);
        if (error != 0)
        {
            W1 += learningRate * error * x1;
            W2 += learningRate * error * x2;
            Bias += learningRate * error;
        }
        return error;
    }

    public Perceptron Clone() => new(W1, W2, Bias);

    public override string ToString() => FormattableString.Invariant($"Perceptron(w1={W1:G6}, w2={W2:G6}, b={Bias:G6})");

    private static double Uniform(Random random) => (2.0 * random.NextDouble() - 1.0) * InitialScale;
}
