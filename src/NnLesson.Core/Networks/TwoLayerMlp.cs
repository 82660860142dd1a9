using NnLesson.Core.Activations;
using NnLesson.Core.Linear;

namespace NnLesson.Core.Networks;

/// <summary>
/// The lecture's multilayer perceptron with one hidden layer, inputs → hidden → 1:
///   Z1 = X·W1 + b1,  H = f(Z1),  Z2 = H·W2 + b2,  Y = σ(Z2),  with f = ReLU unless told otherwise.
/// Shapes: X: [batch, inputs], W1: [inputs, hidden], b1: [hidden], W2: [hidden, 1], b2: [1], Y: [batch, 1].
/// Y is the probability of class 1. The parameters are mutable arrays: training updates them in place.
/// </summary>
public sealed class TwoLayerMlp
{
    public TwoLayerMlp(Matrix w1, double[] b1, Matrix w2, double[] b2)
        : this(w1, b1, w2, b2, Relu.Instance)
    {
    }

    /// <summary>A network whose hidden layer uses <paramref name="hiddenActivation"/> (e.g. tanh for a smooth gradient check).</summary>
    public TwoLayerMlp(Matrix w1, double[] b1, Matrix w2, double[] b2, IActivation hiddenActivation)
    {
        if (w1.Cols != b1.Length || w1.Cols != w2.Rows || w2.Cols != 1 || b2.Length != 1)
        {
            throw new ArgumentException(
                $"Inconsistent shapes: W1 {w1.Shape}, b1 [{b1.Length}], W2 {w2.Shape}, b2 [{b2.Length}].");
        }
        W1 = w1;
        B1 = b1;
        W2 = w2;
        B2 = b2;
        HiddenActivation = hiddenActivation;
    }

    /// <summary>f in H = f(Z1); ReLU for the lecture's network.</summary>
    public IActivation HiddenActivation { get; }

    /// <summary>W1: [inputs, hidden].</summary>
    public Matrix W1 { get; }

    /// <summary>b1: [hidden].</summary>
    public double[] B1 { get; }

    /// <summary>W2: [hidden, 1].</summary>
    public Matrix W2 { get; }

    /// <summary>b2: [1].</summary>
    public double[] B2 { get; }

    public int Inputs => W1.Rows;

    public int Hidden => W1.Cols;

    /// <summary>Number of trainable numbers: inputs·hidden + hidden + hidden + 1.</summary>
    public int ParameterCount => W1.Data.Length + B1.Length + W2.Data.Length + B2.Length;

    /// <summary>The four parameter tensors by name, in the order W1, b1, W2, b2 (the storage itself, not copies).</summary>
    public IReadOnlyList<(string Name, double[] Values)> ParameterTensors =>
        [("W1", W1.Data), ("b1", B1), ("W2", W2.Data), ("b2", B2)];

    /// <summary>
    /// Random weights with He initialisation for the ReLU layer (std = √(2 / inputs)) and Xavier-style
    /// std = √(1 / hidden) for the sigmoid output, biases zero. The same <paramref name="random"/> seed
    /// gives the same network.
    /// </summary>
    public static TwoLayerMlp CreateRandom(int inputs, int hidden, Random random) =>
        CreateRandom(inputs, hidden, random, Relu.Instance);

    /// <summary>
    /// As <see cref="CreateRandom(int, int, Random)"/> with another hidden activation: He std √(2 / inputs)
    /// for ReLU, Xavier std √(1 / inputs) for the others (tanh, sigmoid). Draws the same random numbers in
    /// the same order either way.
    /// </summary>
    public static TwoLayerMlp CreateRandom(int inputs, int hidden, Random random, IActivation hiddenActivation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        var gain = hiddenActivation is Relu ? 2.0 : 1.0;
        var w1 = Gaussian.Matrix(inputs, hidden, Math.Sqrt(gain / inputs), random);
        var w2 = Gaussian.Matrix(hidden, 1, Math.Sqrt(1.0 / hidden), random);
        return new TwoLayerMlp(w1, new double[hidden], w2, new double[1], hiddenActivation);
    }

    /// <summary>
    /// As <see cref="CreateRandom(int, int, Random)"/> (ReLU, He weights), and then the biases drawn too:
    /// b1: [hidden] and b2: [1] from N(0, <paramref name="biasStd"/>²). The weights are drawn first and in the
    /// same order, so with the same seed they are exactly those of the zero-bias network; only the biases differ.
    /// Zero biases put every unit's switch-on line w₁·x₁ + w₂·x₂ + b = 0 through the origin; random ones
    /// move each line to distance |b| / ‖w‖ from it, which is how a layer's units look before training in practice.
    /// Training starts from zero biases (<see cref="CreateRandom(int, int, Random)"/>); this is for showing units.
    /// </summary>
    public static TwoLayerMlp CreateRandom(int inputs, int hidden, Random random, double biasStd)
    {
        if (!double.IsFinite(biasStd) || biasStd < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(biasStd), biasStd, "The bias standard deviation must be zero or a positive finite number.");
        }
        var mlp = CreateRandom(inputs, hidden, random);
        for (var j = 0; j < hidden; j++)
        {
            mlp.B1[j] = biasStd * Gaussian.Next(random);
        }
        mlp.B2[0] = biasStd * Gaussian.Next(random);
        return mlp;
    }

    /// <summary>An independent copy (training one copy leaves the other untouched).</summary>
    public TwoLayerMlp Clone() => new(W1.Clone(), (double[])B1.Clone(), W2.Clone(), (double[])B2.Clone(), HiddenActivation);

    /// <summary>
    /// The forward pass, keeping every intermediate array because backpropagation needs them:
    /// Z1 for the derivative f′(Z1), H for dW2 = Hᵀ·dZ2, Z2 for the stable loss, Y for dZ2 = (Y − T)/N.
    /// </summary>
    public MlpForwardPass Forward(Matrix x)
    {
        if (x.Cols != Inputs)
        {
            throw new ArgumentException($"X has shape {x.Shape}, the network expects [batch, {Inputs}].", nameof(x));
        }
        var z1 = Matrix.Multiply(x, W1);   // [batch, hidden]
        z1.AddRowVector(B1);
        var h = z1.Map(HiddenActivation.Value); // [batch, hidden]
        var z2 = Matrix.Multiply(h, W2);   // [batch, 1]
        z2.AddRowVector(B2);
        var y = z2.Map(Sigmoid.Apply);     // [batch, 1]
        return new MlpForwardPass(x, z1, h, z2, y);
    }

    /// <summary>Probabilities of class 1, one per row of X: [batch].</summary>
    public double[] PredictProbabilities(Matrix x) => Forward(x).Y.Data;
}

/// <summary>Everything one forward pass computed. X: [batch, inputs], Z1/H: [batch, hidden], Z2/Y: [batch, 1].</summary>
public sealed record MlpForwardPass(Matrix X, Matrix Z1, Matrix H, Matrix Z2, Matrix Y);
