using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;

namespace NnLesson.Vision.Tests.Cnn;

/// <summary>The first residual block found in a hand-built graph, its layers typed (no model file needed).</summary>
public class ResidualBlockTests
{
    private static readonly Padding2d Same = new(1, 1, 1, 1);

    private static ConvLayer Conv(int seed) =>
        new(new ConvKernel(2, 2, 3, 3, [.. Enumerable.Range(0, 36).Select(i => (float)Math.Sin(seed + i))]), 1, Same);

    private static BatchNormLayer Bn() => new(new BatchNorm2d([1f, 2f], [0f, 0.5f], [0.1f, 0f], [1f, 4f], 1e-5f));

    /// <summary>x → stem conv → pool → [conv → bn → relu → conv → bn] + pool → relu: the shape of ResNet's first block.</summary>
    private static (CnnGraph Graph, ConvLayer Conv1, BatchNormLayer Bn1, ConvLayer Conv2, BatchNormLayer Bn2) Graph(bool shortcutFirst)
    {
        var (conv1, bn1, conv2, bn2) = (Conv(1), Bn(), Conv(2), Bn());
        CnnStep[] steps =
        [
            new("stem", Conv(0), ["x"], "s"),
            new("pool", new PoolLayer(true, 2, 2, 2, new Padding2d(0, 0, 0, 0)), ["s"], "p"),
            new("c1", conv1, ["p"], "a"),
            new("b1", bn1, ["a"], "b"),
            new("r1", new ReluLayer(), ["b"], "c"),
            new("c2", conv2, ["c"], "d"),
            new("b2", bn2, ["d"], "f"),
            new("add", new AddLayer(), shortcutFirst ? ["p", "f"] : ["f", "p"], "sum"),
            new("relu", new ReluLayer(), ["sum"], "y"),
        ];
        return (new CnnGraph("x", "y", steps), conv1, bn1, conv2, bn2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_block_names_its_typed_layers_and_tensors_whichever_input_of_the_Add_is_the_shortcut(bool shortcutFirst)
    {
        var (graph, conv1, bn1, conv2, bn2) = Graph(shortcutFirst);

        var block = ResidualBlock.FirstOf(graph);

        Assert.Same(conv1, block.Conv1);
        Assert.Same(bn1, block.Bn1);
        Assert.Same(conv2, block.Conv2);
        Assert.Same(bn2, block.Bn2);
        Assert.Equal(("p", "f", "sum", "y"), (block.Input, block.Branch, block.Sum, block.Output));
        Assert.Equal("Conv 3×3 → BN → ReLU → Conv 3×3 → BN", block.Operators);
    }

    [Fact]
    public void The_fast_graph_keeps_the_blocks_four_tensors_so_either_path_can_be_read()
    {
        var block = ResidualBlock.FirstOf(Graph(true).Graph);
        var fast = BatchNormFolding.Fold(Graph(true).Graph);

        var outputs = fast.Steps.Select(s => s.Output).ToHashSet();
        Assert.Subset(outputs, new HashSet<string> { block.Input, block.Branch, block.Sum, block.Output });
        Assert.Equal(fast.Steps.Count, Graph(true).Graph.Steps.Count - 3); // bn1 and relu into c1, bn2 into c2
    }

    [Fact]
    public void A_graph_without_a_residual_Add_is_refused_in_both_languages()
    {
        var plain = new CnnGraph("x", "s", [new CnnStep("stem", Conv(0), ["x"], "s")]);

        var error = Assert.Throws<LessonException>(() => ResidualBlock.FirstOf(plain));

        Assert.Contains("Add", error.Message);
        Assert.Contains("залишков", error.MessageIn(true));
    }

    [Fact]
    public void A_branch_that_is_not_conv_bn_relu_conv_bn_is_refused()
    {
        var steps = Graph(true).Graph.Steps.Where(s => s.Name != "b1").Select(s => s.Name == "r1" ? s with { Inputs = ["a"] } : s).ToList();

        var error = Assert.Throws<LessonException>(() => ResidualBlock.FirstOf(new CnnGraph("x", "y", steps)));

        Assert.Contains("Conv → BN → ReLU → Conv → BN", error.Message);
    }
}
