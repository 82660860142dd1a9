namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// One layer of the readable training path. <see cref="Forward"/> computes y from x and keeps what
/// <see cref="Backward"/> needs (said in each layer's summary); <see cref="Backward"/> takes ∂L/∂y and returns
/// ∂L/∂x, adding the layer's parameter gradients into <see cref="Parameter.Gradient"/> (so they must be zeroed
/// before a batch: <see cref="Network.ZeroGradients"/>).
/// </summary>
public interface ILayer
{
    /// <summary>"conv 5×5", "max-pool 2×2", … (invariant; the slide names layers in its own language).</summary>
    string Name { get; }

    TensorShape OutputShape(TensorShape input);

    Batch Forward(Batch x);

    Batch Backward(Batch dy);

    /// <summary>The layer's learned tensors (none for ReLU, pooling and Flatten).</summary>
    IReadOnlyList<Parameter> Parameters { get; }
}

/// <summary>A learned tensor and its gradient ∂L/∂value, both with the same length and layout.</summary>
public sealed record Parameter(string Name, double[] Values, double[] Gradient)
{
    public Parameter(string name, double[] values) : this(name, values, new double[values.Length])
    {
    }
}
