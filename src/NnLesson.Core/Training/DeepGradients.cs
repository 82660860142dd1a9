using NnLesson.Core.Linear;

namespace NnLesson.Core.Training;

/// <summary>
/// ∂L/∂(every parameter) of a <see cref="Networks.DeepMlp"/>, per layer and of the parameters' shapes:
/// DW[l]: [inputs of layer l, units], DB[l]: [units].
/// </summary>
public sealed record DeepGradients(Matrix[] DW, double[][] DB)
{
    /// <summary>The gradients by name, in the order of <see cref="Networks.DeepMlp.ParameterTensors"/>: dW1, db1, dW2, db2, ….</summary>
    public IReadOnlyList<(string Name, double[] Values)> Tensors =>
        DW.SelectMany((dw, l) => new[] { ($"W{l + 1}", dw.Data), ($"b{l + 1}", DB[l]) }).ToArray();

    /// <summary>‖dWˡ‖ (Frobenius norm) per layer: [layers], how hard each layer is being pushed.</summary>
    public double[] WeightGradientNorms() => DW.Select(dw => Math.Sqrt(dw.Data.Sum(v => v * v))).ToArray();
}
