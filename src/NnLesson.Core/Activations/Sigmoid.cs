namespace NnLesson.Core.Activations;

/// <summary>
/// σ(z) = 1 / (1 + e^(−z)), range (0, 1); σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25, the reason deep
/// sigmoid stacks suffer vanishing gradients (each layer multiplies the gradient by at most ¼).
/// </summary>
public sealed class Sigmoid : IActivation
{
    public static readonly Sigmoid Instance = new();

    public string Name => "sigmoid";

    public string Formula => "σ(z) = 1 / (1 + e^(−z))";

    /// <summary>
    /// Numerically stable form: for z ≥ 0 use 1/(1+e^(−z)); for z &lt; 0 use e^z/(1+e^z), so that
    /// e^(|z|) never overflows to infinity for large |z|.
    /// </summary>
    public static double Apply(double z)
    {
        if (z >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-z));
        }
        var e = Math.Exp(z);
        return e / (1.0 + e);
    }

    public double Value(double z) => Apply(z);

    public double Derivative(double z)
    {
        var s = Apply(z);
        return s * (1.0 - s);
    }
}
