namespace NnLesson.Core.Activations;

/// <summary>tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)), range (−1, 1), zero-centred; tanh′(z) = 1 − tanh²(z) ≤ 1.</summary>
public sealed class Tanh : IActivation
{
    public static readonly Tanh Instance = new();

    public string Name => "tanh";

    public string Formula => "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))";

    public double Value(double z) => Math.Tanh(z);

    public double Derivative(double z)
    {
        var t = Math.Tanh(z);
        return 1.0 - t * t;
    }
}
