using NnLesson.Core.Activations;
using NnLesson.Core.Linear;

namespace NnLesson.Core.Networks;

/// <summary>
/// One fully connected layer: Z = A_in·W + b, A = f(Z).
/// Shapes: A_in: [batch, inputs], W: [inputs, units], b: [units], Z and A: [batch, units].
/// W and b are mutable storage: training updates them in place.
/// </summary>
public sealed class DenseLayer
{
    public DenseLayer(Matrix weights, double[] biases, IActivation activation)
    {
        if (weights.Cols != biases.Length)
        {
            throw new ArgumentException($"Inconsistent shapes: W {weights.Shape}, b [{biases.Length}].");
        }
        Weights = weights;
        Biases = biases;
        Activation = activation;
    }

    /// <summary>W: [inputs, units]; column j holds the weights into unit j.</summary>
    public Matrix Weights { get; }

    /// <summary>b: [units].</summary>
    public double[] Biases { get; }

    /// <summary>f in A = f(Z): ReLU, tanh or sigmoid for hidden layers, sigmoid for the output.</summary>
    public IActivation Activation { get; }

    public int Inputs => Weights.Rows;

    public int Units => Weights.Cols;

    /// <summary>Z = A_in·W + b: [batch, units] (the order of operations of <see cref="TwoLayerMlp.Forward"/>).</summary>
    public Matrix PreActivation(Matrix input)
    {
        var z = Matrix.Multiply(input, Weights); // [batch, units]
        z.AddRowVector(Biases);
        return z;
    }

    public DenseLayer Clone() => new(Weights.Clone(), (double[])Biases.Clone(), Activation);
}
