using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;

namespace NnLesson.Core.Tests.Cnn;

public class CnnGraphTests
{
    /// <summary>A miniature ResNet: stem Conv→BN→ReLU→MaxPool, one residual block, GAP, Flatten, Gemm.</summary>
    private static CnnGraph MiniResNet(Random random) => new("x", "logits",
    [
        new("conv1", new ConvLayer(CnnRandom.Kernel(random, 8, 3, 7, 7), 2, new Padding2d(3, 3, 2, 2)), ["x"], "c1"),
        new("bn1", new BatchNormLayer(CnnRandom.Norm(random, 8)), ["c1"], "b1"),
        new("relu1", new ReluLayer(), ["b1"], "r1"),
        new("pool", new PoolLayer(true, 3, 3, 2, new Padding2d(1, 1, 0, 0)), ["r1"], "p1"),
        new("convA", new ConvLayer(CnnRandom.Kernel(random, 8, 8, 3, 3), 1, Padding2d.All(1)), ["p1"], "ca"),
        new("bnA", new BatchNormLayer(CnnRandom.Norm(random, 8)), ["ca"], "ba"),
        new("reluA", new ReluLayer(), ["ba"], "ra"),
        new("convB", new ConvLayer(CnnRandom.Kernel(random, 8, 8, 3, 3), 1, Padding2d.All(1)), ["ra"], "cb"),
        new("bnB", new BatchNormLayer(CnnRandom.Norm(random, 8)), ["cb"], "bb"),
        new("add", new AddLayer(), ["bb", "p1"], "sum"),
        new("reluB", new ReluLayer(), ["sum"], "block"),
        new("gap", new GlobalAveragePoolLayer(), ["block"], "g"),
        new("flatten", new FlattenLayer(), ["g"], "f"),
        new("fc", new DenseLayer(new Dense(5, 8, CnnRandom.Values(random, 40), CnnRandom.Values(random, 5))), ["f"], "logits"),
    ]);

    [Fact]
    public void Folded_fast_network_agrees_with_the_readable_one_at_every_kept_tensor()
    {
        var random = new Random(18);
        var graph = MiniResNet(random);
        var x = CnnRandom.Tensor(random, 3, 32, 32);
        string[] keep = ["r1", "block"];
        var readable = graph.Run(x, CnnRunOptions.Readable, keep);
        var folded = BatchNormFolding.Fold(graph, keep);
        Assert.True(folded.Steps.Count < graph.Steps.Count, "BN and ReLU were folded into the convolutions");
        var fast = folded.Run(x, CnnRunOptions.Fast, keep);
        Assert.Equal("[8, 16, 16]", readable.Kept["r1"].ShapeText); // (32 + 5 − 7)/2 + 1
        Assert.Equal("[8, 8, 8]", readable.Kept["block"].ShapeText); // (16 + 1 − 3)/2 + 1
        foreach (var name in keep)
        {
            CnnRandom.AssertClose(fast.Kept[name].Data, readable.Kept[name].Data, 1e-5, name);
        }
        CnnRandom.AssertClose(fast.Output.Data, readable.Output.Data, 1e-5, "logits");
        Assert.Equal(5, fast.Output.Channels);
    }

    [Fact]
    public void The_network_up_to_a_tensor_runs_only_the_steps_it_needs_and_gives_that_tensor()
    {
        var random = new Random(5);
        var graph = MiniResNet(random);
        var x = CnnRandom.Tensor(random, 3, 32, 32);

        var stem = graph.UpTo("r1");
        var block = graph.UpTo("sum");

        Assert.Equal(["conv1", "bn1", "relu1"], stem.Steps.Select(s => s.Name));
        Assert.Equal(graph.Steps.Take(10).Select(s => s.Name), block.Steps.Select(s => s.Name)); // the skip needs p1
        var whole = graph.Run(x, CnnRunOptions.Readable, ["r1", "sum"]);
        Assert.Equal(whole.Kept["r1"].Data, stem.Run(x, CnnRunOptions.Readable).Output.Data);
        Assert.Equal(whole.Kept["sum"].Data, block.Run(x, CnnRunOptions.Readable).Output.Data);
    }

    [Fact]
    public void The_network_up_to_a_tensor_no_step_writes_is_refused_with_its_name()
    {
        var error = Assert.Throws<LessonException>(() => MiniResNet(new Random(1)).UpTo("x_typo"));
        Assert.Contains("'x_typo'", error.Message);
    }

    [Fact]
    public void Multiply_adds_count_convolutions_and_the_dense_layer()
    {
        var graph = MiniResNet(new Random(1));
        // conv1: 8·16·16·(3·49) + two 3×3 convs: 2·8·8·8·72 + fc 40.
        Assert.Equal(8L * 16 * 16 * 147 + 2L * 8 * 8 * 8 * 72 + 40, graph.MultiplyAdds(3, 32, 32));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Non_finite_input_is_refused_with_one_line(float bad)
    {
        var graph = MiniResNet(new Random(2));
        var x = ChwTensor.Zeros(3, 32, 32);
        x[1, 2, 3] = bad;
        var e = Assert.Throws<LessonException>(() => graph.Run(x, CnnRunOptions.Fast));
        Assert.Contains("finite", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_shape_mismatch_names_the_step()
    {
        var graph = MiniResNet(new Random(2));
        var e = Assert.Throws<LessonException>(() => graph.Run(ChwTensor.Zeros(4, 32, 32), CnnRunOptions.Fast));
        Assert.StartsWith("conv1", e.Message);
        Assert.Contains("4 channels", e.Message);
    }
}
