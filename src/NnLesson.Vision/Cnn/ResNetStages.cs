using NnLesson.Core.Cnn.Network;

namespace NnLesson.Vision.Cnn;

/// <summary>A named point inside a ResNet where one stage ends: "conv1", "layer1" … and the graph tensor it is.</summary>
public sealed record ResNetStage(string Label, string TensorName);

/// <summary>
/// Finds the stages of a ResNet in its graph, by structure rather than by node names (CNTK and PyTorch
/// exports name them differently): "conv1" is the first ReLU output (Conv→BN→ReLU of the stem); a residual
/// block ends in a ReLU of an Add; a block starts a new stage ("layer1" … "layerN") when its shortcut is not the
/// previous block's output (the first block, or a projection shortcut that changes the shape); each stage's
/// tensor is the output of its last block.
/// </summary>
internal static class ResNetStages
{
    public static IReadOnlyList<ResNetStage> Find(CnnGraph graph)
    {
        var producers = graph.Steps.ToDictionary(s => s.Output, StringComparer.Ordinal);
        var stages = new List<ResNetStage>();
        var stem = graph.Steps.FirstOrDefault(s => s.Layer is ReluLayer || s.Layer is ConvLayer { Relu: true });
        if (stem is null)
        {
            return stages;
        }
        stages.Add(new ResNetStage("conv1", stem.Output));
        var blocks = graph.Steps.Where(s => s.Layer is ReluLayer && producers.TryGetValue(s.Inputs[0], out var p) && p.Layer is AddLayer).ToList();
        string? previous = null;
        var stageEnds = new List<string>();
        foreach (var block in blocks)
        {
            var add = producers[block.Inputs[0]];
            var newStage = previous is null || !add.Inputs.Contains(previous);
            if (newStage)
            {
                stageEnds.Add(block.Output);
            }
            else
            {
                stageEnds[^1] = block.Output;
            }
            previous = block.Output;
        }
        stages.AddRange(stageEnds.Select((name, i) => new ResNetStage($"layer{i + 1}", name)));
        return stages;
    }
}
