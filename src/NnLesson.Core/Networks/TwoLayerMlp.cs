using NnLesson.Core.Activations;
using NnLesson.Core.Linear;

namespace NnLesson.Core.Networks;

/// <summary>
/// The lecture's multilayer perceptron with one hidden layer, inputs → hidden → 1:
///   Z1 = X·W1 + b1,  H = ReLU(Z1),  Z2 = H·W2 + b2,  Y = σ(Z2).
/// Shapes: X: [batch, inputs], W1: [inputs, hidden], b1: [hidden], W2: [hidden, 1], b2: [1], Y: [batch, 1].
/// Y is the probability of class 1.
/// </summary>
public sealed class TwoLayerMlp
{
    public TwoLayerMlp(Matrix w1, double[] b1, Matrix w2, double[] b2)
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
    }

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

    /// <summary>
    /// Random weights with He initialisation for the ReLU layer (std = √(2 / inputs)) and Xavier-style
    /// std = √(1 / hidden) for the sigmoid output, biases zero. The same <paramref name="random"/> seed
    /// gives the same network.
    /// </summary>
    public static TwoLayerMlp CreateRandom(int inputs, int hidden, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        var w1 = Gaussian.Matrix(inputs, hidden, Math.Sqrt(2.0 / inputs), random);
        var w2 = Gaussian.Matrix(hidden, 1, Math.Sqrt(1.0 / hidden), random);
        return new TwoLayerMlp(w1, new double[hidden], w2, new double[1]);
    }

    /// <summary>
    /// The forward pass, keeping every intermediate array because backpropagation needs them:
    /// Z1 and H for the ReLU derivative and dW2 = Hᵀ·dZ2, Y for dZ2 = Y − T.
    /// </summary>
    public MlpForwardPass Forward(Matrix x)
    {
        if (x.Cols != Inputs)
        {
            throw new ArgumentException($"X has shape {x.Shape}, the network expects [batch, {Inputs}].", nameof(x));
        }
        var z1 = Matrix.Multiply(x, W1);   // [batch, hidden]
        z1.AddRowVector(B1);
        var h = z1.Map(Relu.Instance.Value); // [batch, hidden]
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
