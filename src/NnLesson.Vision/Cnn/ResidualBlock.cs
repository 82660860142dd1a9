using NnLesson.Core;
using NnLesson.Core.Cnn.Network;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// One basic residual block of ResNet, its layers typed as the file stores them (BN not folded):
/// <code>
/// y = ReLU(x + F(x)),   F(x) = Bn2(Conv2(ReLU(Bn1(Conv1(x)))))     x, F(x), y: [64, 56, 56] in layer1
/// </code>
/// and the names of its tensors in the graph: <see cref="Input"/> x, <see cref="Branch"/> F(x) (before the Add),
/// <see cref="Sum"/> x + F(x) and <see cref="Output"/> y. The fast graph (<see cref="BatchNormFolding"/>) keeps these
/// four names, so the same block can be read from either path.
/// </summary>
public sealed record ResidualBlock(
    string Stage, int Index, ConvLayer Conv1, BatchNormLayer Bn1, ConvLayer Conv2, BatchNormLayer Bn2,
    string Input, string Branch, string Sum, string Output)
{
    /// <summary>The branch as the lecture writes it: "Conv 3×3 → BN → ReLU → Conv 3×3 → BN".</summary>
    public string Operators =>
        $"Conv {Conv1.Kernel.Height}×{Conv1.Kernel.Width} → BN → ReLU → Conv {Conv2.Kernel.Height}×{Conv2.Kernel.Width} → BN";

    /// <summary>
    /// The graph's first residual block (ResNet-18: layer1, block 1): the first Add, its shortcut input x (the tensor
    /// the branch starts from) and the branch walked back from the Add's other input, which must be
    /// Conv → BN → ReLU → Conv → BN.
    /// </summary>
    /// <exception cref="LessonException">The graph has no residual Add, or its branch is not the basic block.</exception>
    public static ResidualBlock FirstOf(CnnGraph readable)
    {
        var producers = readable.Steps.ToDictionary(s => s.Output, StringComparer.Ordinal);
        var add = readable.Steps.FirstOrDefault(s => s.Layer is AddLayer)
            ?? throw NotABlock("немає залишкового додавання (Add)", "there is no residual Add");
        var relu = readable.Steps.FirstOrDefault(s => s.Layer is ReluLayer && s.Inputs[0] == add.Output)
            ?? throw NotABlock("після додавання немає ReLU", "no ReLU follows the Add");
        foreach (var (branch, shortcut) in new[] { (add.Inputs[0], add.Inputs[1]), (add.Inputs[1], add.Inputs[0]) })
        {
            // Walk back five steps from the branch's end; the walk must arrive at the shortcut tensor x.
            var layers = new List<ICnnLayer>();
            var tensor = branch;
            while (layers.Count < 5 && producers.TryGetValue(tensor, out var step) && step.Inputs.Count == 1)
            {
                layers.Insert(0, step.Layer);
                tensor = step.Inputs[0];
            }
            if (tensor == shortcut && layers is [ConvLayer conv1, BatchNormLayer bn1, ReluLayer, ConvLayer conv2, BatchNormLayer bn2])
            {
                return new ResidualBlock("layer1", 1, conv1, bn1, conv2, bn2, shortcut, branch, add.Output, relu.Output);
            }
        }
        throw NotABlock("гілка не має вигляду Conv → BN → ReLU → Conv → BN", "its branch is not Conv → BN → ReLU → Conv → BN");
    }

    private static LessonException NotABlock(string uk, string en) =>
        new($"Перший залишковий блок мережі не знайдено: {uk}.", $"The network's first residual block was not found: {en}.");
}
