namespace NnLesson.Core.Activations;

/// <summary>
/// ReLU(z) = max(0, z), range [0, ∞); ReLU′(z) = 1 for z &gt; 0 and 0 for z &lt; 0. At the kink z = 0
/// we use 0 (the convention of PyTorch and numpy code), which is why gradient checks keep away from it.
/// </summary>
public sealed class Relu : IActivation
{
    public static readonly Relu Instance = new();

    public string Name => "relu";

    public string Formula => "ReLU(z) = max(0, z)";

    public double Value(double z) => z > 0 ? z : 0.0;

    public double Derivative(double z) => z > 0 ? 1.0 : 0.0;
}
