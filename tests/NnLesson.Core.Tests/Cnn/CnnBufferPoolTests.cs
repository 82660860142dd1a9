using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;

namespace NnLesson.Core.Tests.Cnn;

/// <summary>The fast path recycles intermediate arrays between runs: what the caller holds must never be reused.</summary>
public class CnnBufferPoolTests
{
    /// <summary>Conv→ReLU→Conv, residual Add, ReLU, MaxPool, then Flatten (which shares its input's array) and Gemm.</summary>
    private static CnnGraph Net(Random random) => new("x", "y",
    [
        new("convA", new ConvLayer(CnnRandom.Kernel(random, 6, 3, 3, 3), 1, Padding2d.All(1), relu: true), ["x"], "a"),
        new("convB", new ConvLayer(CnnRandom.Kernel(random, 6, 6, 3, 3), 1, Padding2d.All(1)), ["a"], "b"),
        new("add", new AddLayer(), ["a", "b"], "sum"),
        new("relu", new ReluLayer(), ["sum"], "block"),
        new("pool", new PoolLayer(true, 2, 2, 2, Padding2d.None), ["block"], "p"),
        new("flatten", new FlattenLayer(), ["p"], "f"),
        new("fc", new DenseLayer(new Dense(4, 6 * 5 * 5, CnnRandom.Values(random, 4 * 150), CnnRandom.Values(random, 4))), ["f"], "y"),
    ]);

    [Fact]
    public void Kept_tensors_and_outputs_of_an_earlier_run_survive_later_runs()
    {
        var graph = Net(new Random(5));
        var random = new Random(6);
        var x1 = CnnRandom.Tensor(random, 3, 10, 10);
        var first = graph.Run(x1, CnnRunOptions.Fast, ["block", "f"]);
        var snapshot = (Block: first.Kept["block"].Data.ToArray(), Flat: first.Kept["f"].Data.ToArray(), Out: first.Output.Data.ToArray(), Input: x1.Data.ToArray());
        for (var run = 0; run < 3; run++)
        {
            graph.Run(CnnRandom.Tensor(random, 3, 10, 10), CnnRunOptions.Fast); // rents and returns every intermediate array
        }
        Assert.Equal(snapshot.Block, first.Kept["block"].Data);
        Assert.Equal(snapshot.Flat, first.Kept["f"].Data);
        Assert.Equal(snapshot.Out, first.Output.Data);
        Assert.Equal(snapshot.Input, x1.Data);
    }

    [Fact]
    public void Recycled_arrays_holding_old_values_give_the_same_numbers_as_fresh_ones()
    {
        var random = new Random(7);
        var x = CnnRandom.Tensor(random, 3, 10, 10);
        var warm = Net(new Random(5));
        for (var run = 0; run < 3; run++)
        {
            warm.Run(CnnRandom.Tensor(random, 3, 10, 10), CnnRunOptions.Fast); // fills its pool with other values
        }
        var fresh = Net(new Random(5)).Run(x, CnnRunOptions.Fast, ["block"]);
        var reused = warm.Run(x, CnnRunOptions.Fast, ["block"]);
        Assert.Equal(fresh.Kept["block"].Data, reused.Kept["block"].Data);
        Assert.Equal(fresh.Output.Data, reused.Output.Data);
        CnnRandom.AssertClose(reused.Output.Data, Net(new Random(5)).Run(x, CnnRunOptions.Readable).Output.Data, 1e-5, "fast with recycled arrays vs readable");
    }

    [Fact]
    public void The_pool_hands_back_an_array_of_the_exact_length_and_never_the_same_one_twice()
    {
        var pool = new CnnBufferPool();
        var a = pool.Rent(100);
        Assert.Equal(100, a.Length);
        pool.Return(a);
        pool.Return(a); // returned twice by mistake: still handed out once
        Assert.Same(a, pool.Rent(100));
        Assert.NotSame(a, pool.Rent(100));
        Assert.Equal(99, pool.Rent(99).Length);
    }
}
