using NnLesson.Core.Linear;

namespace NnLesson.Core.Training;

/// <summary>
/// ∂L/∂(every parameter), one tensor per parameter tensor and of the same shape:
/// dW1: [inputs, hidden], db1: [hidden], dW2: [hidden, 1], db2: [1].
/// </summary>
public sealed record MlpGradients(Matrix DW1, double[] DB1, Matrix DW2, double[] DB2)
{
    /// <summary>The four gradients by name, in the order of <see cref="Networks.TwoLayerMlp.ParameterTensors"/>.</summary>
    public IReadOnlyList<(string Name, double[] Values)> Tensors =>
        [("W1", DW1.Data), ("b1", DB1), ("W2", DW2.Data), ("b2", DB2)];
}
