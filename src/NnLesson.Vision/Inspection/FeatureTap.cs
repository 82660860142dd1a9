using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Inspection;

/// <summary>
/// Where the inspector looks inside the network: the tensor to expose, the chain of operators that made
/// it (e.g. Conv → BatchNormalization → Relu, or a single QLinearConv whose ReLU is folded into its
/// quantisation), the name of the layer to show, and, for an 8-bit tensor, how to turn codes into real values.
/// </summary>
public sealed record FeatureTap(string TensorName, string LayerName, IReadOnlyList<OnnxNode> Chain, Quantization? Quantization)
{
    /// <summary>The operator types along the chain, e.g. "Conv → Relu".</summary>
    public string Operators => string.Join(" → ", Chain.Select(n => n.OpType));
}
