using NnLesson.Core;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Inspection;

/// <summary>
/// Picks the layer whose feature maps slide 8 shows: the output of the FIRST convolution of the network,
/// taken after its normalisation and activation when they follow directly, because that is what the next
/// layer sees. Works for float models (ResNet-18: Conv → BatchNormalization → Relu; or Conv → Relu when the
/// exporter folded the batch norm) and for quantised ones (MobileNetV2-int8: a single QLinearConv; its uint8
/// output has zero point 0, so it cannot hold negative values: the ReLU6 that followed the convolution in the
/// float network is folded into the output quantisation, whose codes 0 … 255 cover 0 … 255·scale, ≈ 4.49).
/// </summary>
internal static class FeatureLayerPicker
{
    /// <summary>Operators that compute a convolution.</summary>
    public static readonly IReadOnlySet<string> Convolutions = new HashSet<string>(StringComparer.Ordinal) { "Conv", "QLinearConv", "ConvInteger" };

    /// <summary>Per-element operators that belong to the same layer when they directly follow the convolution.</summary>
    public static readonly IReadOnlySet<string> LayerTail = new HashSet<string>(StringComparer.Ordinal)
        { "BatchNormalization", "Relu", "Clip", "LeakyRelu", "PRelu", "HardSwish", "HardSigmoid", "Sigmoid" };

    /// <summary>The first convolution's output, followed along a single-consumer chain of <see cref="LayerTail"/> operators.</summary>
    /// <exception cref="LessonException">The model has no convolution (not a CNN).</exception>
    public static FeatureTap FirstConvolution(OnnxGraph graph)
    {
        var conv = graph.Nodes.FirstOrDefault(n => Convolutions.Contains(n.OpType) && n.Outputs.Count > 0)
            ?? throw new LessonException(
                $"Модель не має згорткового шару (оператори: {string.Join(", ", graph.Nodes.Select(n => n.OpType).Distinct().Take(8))}), тож немає карт ознак, які можна показати.",
                $"The model has no convolution layer (operators: {string.Join(", ", graph.Nodes.Select(n => n.OpType).Distinct().Take(8))}), so there are no feature maps to show.");
        var chain = new List<OnnxNode> { conv };
        var tensor = conv.Outputs[0];
        while (!graph.Outputs.Contains(tensor) && graph.Consumers(tensor) is [var next] && LayerTail.Contains(next.OpType)
               && next.Inputs.Count > 0 && next.Inputs[0] == tensor && next.Outputs.Count > 0)
        {
            chain.Add(next);
            tensor = next.Outputs[0];
        }
        return new FeatureTap(tensor, conv.DisplayName, chain, Quantization.OfOutput(graph, chain[^1]));
    }

    /// <summary>A tap on a tensor the caller names (no command offers this yet; tests use it); the layer is the node that writes it.</summary>
    /// <exception cref="LessonException">No node of the graph writes that tensor.</exception>
    public static FeatureTap ForTensor(OnnxGraph graph, string tensorName)
    {
        var node = graph.Producer(tensorName) ?? throw new LessonException(
            $"Модель не обчислює тензора «{tensorName}». Перші виходи вузлів: {string.Join(", ", graph.Nodes.SelectMany(n => n.Outputs).Where(o => o.Length > 0).Take(5).Select(o => $"«{o}»"))} …",
            $"The model has no computed tensor named '{tensorName}'. " +
            $"The first node outputs are: {string.Join(", ", graph.Nodes.SelectMany(n => n.Outputs).Where(o => o.Length > 0).Take(5).Select(o => $"'{o}'"))} …");
        return new FeatureTap(tensorName, node.DisplayName, [node], Quantization.OfOutput(graph, node));
    }
}
