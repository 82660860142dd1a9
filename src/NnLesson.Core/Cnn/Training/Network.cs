namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// The readable training path: the layers of a <see cref="CnnArchitecture"/> in double precision, run in order.
/// <code>forward  z = layer_L(… layer_1(x))                 x: [N, C, H, W] → logits z: [N, K]
/// loss     L = SoftmaxCrossEntropy(z, y)                 (mean over the batch)
/// backward d_{l−1} = layer_l.Backward(d_l), from dz = ∂L/∂z down to layer 1 (the chain rule, one layer at a time)</code>
/// Each layer adds its parameters' gradients as the backward pass passes through it.
/// </summary>
public sealed class Network
{
    public Network(CnnArchitecture architecture, CnnWeights weights)
    {
        Architecture = architecture;
        var layers = new List<ILayer>();
        var parameters = new List<Parameter>();
        var names = architecture.ParameterNames();
        var t = 0;
        foreach (var spec in architecture.Layers)
        {
            ILayer layer = spec.Kind switch
            {
                LayerKind.Conv => new ConvLayer(spec.Out, spec.In, spec.Kernel, spec.Stride, spec.Padding, ToDouble(weights.Tensors[t]), ToDouble(weights.Tensors[t + 1])),
                LayerKind.Dense => new DenseLayer(spec.Out, spec.In, ToDouble(weights.Tensors[t]), ToDouble(weights.Tensors[t + 1])),
                LayerKind.MaxPool => new MaxPoolLayer(spec.Kernel, spec.Stride),
                LayerKind.Relu => new ReluLayer(),
                _ => new FlattenLayer(),
            };
            foreach (var p in layer.Parameters)
            {
                parameters.Add(p with { Name = names[t++] });
            }
            layers.Add(layer);
        }
        Layers = layers;
        Parameters = parameters;
    }

    public CnnArchitecture Architecture { get; }

    public IReadOnlyList<ILayer> Layers { get; }

    /// <summary>Every learned tensor, named as in <see cref="CnnArchitecture.ParameterNames"/> (the same arrays the layers use).</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The logits [N, K] (each layer keeps what its backward pass needs).</summary>
    public Batch Forward(Batch x)
    {
        foreach (var layer in Layers)
        {
            x = layer.Forward(x);
        }
        return x;
    }

    public void ZeroGradients()
    {
        foreach (var p in Parameters)
        {
            Array.Clear(p.Gradient);
        }
    }

    /// <summary>One forward and backward pass: the mean loss, with ∂L/∂θ left in every <see cref="Parameter.Gradient"/>; returns ∂L/∂x too.</summary>
    public (double Loss, Batch InputGradient) LossAndGradients(Batch x, ReadOnlySpan<int> labels)
    {
        ZeroGradients();
        var logits = Forward(x);
        var d = Batch.ZerosLike(logits);
        var loss = SoftmaxCrossEntropy.LossAndGradient(logits, labels, d);
        for (var l = Layers.Count - 1; l >= 0; l--)
        {
            d = Layers[l].Backward(d);
        }
        return (loss, d);
    }

    public double Loss(Batch x, ReadOnlySpan<int> labels) => SoftmaxCrossEntropy.Loss(Forward(x), labels);

    /// <summary>The parameters back in float32, in the order of <see cref="CnnWeights"/>.</summary>
    public CnnWeights ToWeights() => new(Architecture, Parameters.Select(p => p.Values.Select(v => (float)v).ToArray()).ToList());

    private static double[] ToDouble(float[] values) => values.Select(v => (double)v).ToArray();
}
