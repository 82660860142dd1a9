using NnLesson.Core.Activations;
using NnLesson.Core.Linear;

namespace NnLesson.Core.Networks;

/// <summary>
/// A multilayer perceptron with any number of hidden layers, 2 → H₁ → … → H_L → 1:
///   A⁰ = X,   Zˡ = Aˡ⁻¹·Wˡ + bˡ,   Aˡ = f(Zˡ) for l = 1…L,   Z^(L+1) = Aᴸ·W^(L+1) + b^(L+1),   Y = σ(Z^(L+1)).
/// Shapes: X: [batch, inputs], Wˡ: [Hₗ₋₁, Hₗ], bˡ: [Hₗ], Aˡ/Zˡ: [batch, Hₗ], Y: [batch, 1]; every hidden layer uses
/// the same f. With one ReLU hidden layer this is exactly <see cref="TwoLayerMlp"/> (same draws, same arithmetic).
/// </summary>
public sealed class DeepMlp
{
    public DeepMlp(IReadOnlyList<DenseLayer> layers)
    {
        if (layers.Count < 2)
        {
            throw new ArgumentException("Need at least one hidden layer and the output layer.", nameof(layers));
        }
        for (var l = 1; l < layers.Count; l++)
        {
            if (layers[l].Inputs != layers[l - 1].Units)
            {
                throw new ArgumentException($"Layer {l + 1} takes {layers[l].Inputs} inputs but layer {l} has {layers[l - 1].Units} units.");
            }
        }
        if (layers[^1].Units != 1 || layers[^1].Activation is not Sigmoid)
        {
            throw new ArgumentException("The output layer must have one sigmoid unit (Y = P(class 1)).", nameof(layers));
        }
        Layers = layers;
    }

    /// <summary>The hidden layers in order, then the output layer.</summary>
    public IReadOnlyList<DenseLayer> Layers { get; }

    public int Inputs => Layers[0].Inputs;

    /// <summary>Units per hidden layer, [L].</summary>
    public int[] HiddenSizes => Layers.Take(Layers.Count - 1).Select(l => l.Units).ToArray();

    public IActivation HiddenActivation => Layers[0].Activation;

    public int ParameterCount => Layers.Sum(l => l.Weights.Data.Length + l.Biases.Length);

    /// <summary>Parameter tensors by name, W1, b1, W2, b2, …, in layer order (the storage itself, not copies).</summary>
    public IReadOnlyList<(string Name, double[] Values)> ParameterTensors =>
        Layers.SelectMany((layer, l) => new[] { ($"W{l + 1}", layer.Weights.Data), ($"b{l + 1}", layer.Biases) }).ToArray();

    /// <summary>
    /// Random weights, biases zero. Layer by layer, W drawn row by row from N(0, std²) with He std √(2 / inputs)
    /// for ReLU layers and Xavier std √(1 / inputs) for tanh and sigmoid layers (and for the sigmoid output).
    /// With one hidden layer the draws are those of <see cref="TwoLayerMlp.CreateRandom(int, int, Random, IActivation)"/>.
    /// </summary>
    public static DeepMlp CreateRandom(int inputs, IReadOnlyList<int> hiddenSizes, IActivation hiddenActivation, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        if (hiddenSizes.Count < 1 || hiddenSizes.Any(h => h < 1))
        {
            throw new ArgumentException("Need at least one hidden layer, each with at least one unit.", nameof(hiddenSizes));
        }
        var layers = new List<DenseLayer>();
        var fanIn = inputs;
        foreach (var units in hiddenSizes)
        {
            layers.Add(RandomLayer(fanIn, units, hiddenActivation, random));
            fanIn = units;
        }
        layers.Add(RandomLayer(fanIn, 1, Sigmoid.Instance, random));
        return new DeepMlp(layers);
    }

    private static DenseLayer RandomLayer(int inputs, int units, IActivation activation, Random random)
    {
        var gain = activation is Relu ? 2.0 : 1.0;
        var w = Gaussian.Matrix(inputs, units, Math.Sqrt(gain / inputs), random);
        return new DenseLayer(w, new double[units], activation);
    }

    /// <summary>The same network as a <see cref="TwoLayerMlp"/>'s (copies of its parameters, its hidden activation).</summary>
    public static DeepMlp From(TwoLayerMlp mlp) => new([
        new DenseLayer(mlp.W1.Clone(), (double[])mlp.B1.Clone(), mlp.HiddenActivation),
        new DenseLayer(mlp.W2.Clone(), (double[])mlp.B2.Clone(), Sigmoid.Instance),
    ]);

    public DeepMlp Clone() => new(Layers.Select(l => l.Clone()).ToArray());

    /// <summary>
    /// The forward pass, keeping every Zˡ (backward needs f′(Zˡ)) and every Aˡ (backward needs dWˡ = Aˡ⁻¹ᵀ·dZˡ).
    /// The output's A is Y = σ(Z).
    /// </summary>
    public DeepForwardPass Forward(Matrix x)
    {
        if (x.Cols != Inputs)
        {
            throw new ArgumentException($"X has shape {x.Shape}, the network expects [batch, {Inputs}].", nameof(x));
        }
        var z = new Matrix[Layers.Count];
        var a = new Matrix[Layers.Count];
        var input = x;
        for (var l = 0; l < Layers.Count; l++)
        {
            var layer = Layers[l];
            z[l] = layer.PreActivation(input);       // [batch, units]
            a[l] = z[l].Map(layer.Activation.Value); // [batch, units]; Sigmoid.Value is the stable σ
            input = a[l];
        }
        return new DeepForwardPass(x, z, a);
    }

    /// <summary>Probabilities of class 1, one per row of X: [batch].</summary>
    public double[] PredictProbabilities(Matrix x) => Forward(x).Y.Data;
}

/// <summary>
/// What one forward pass computed. X: [batch, inputs]; Z[l], A[l]: [batch, units of layer l+1] for every layer,
/// the output's last: Logits = Z[^1] and Y = A[^1]: [batch, 1].
/// </summary>
public sealed record DeepForwardPass(Matrix X, Matrix[] Z, Matrix[] A)
{
    public Matrix Logits => Z[^1];

    public Matrix Y => A[^1];

    /// <summary>What layer l (0-based) received: X for the first layer, the previous layer's A after it.</summary>
    public Matrix InputOf(int layer) => layer == 0 ? X : A[layer - 1];
}
