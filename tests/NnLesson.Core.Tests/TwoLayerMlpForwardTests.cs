using NnLesson.Core.Linear;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Tests;

public class TwoLayerMlpForwardTests
{
    [Fact]
    public void Forward_matches_a_hand_computed_example()
    {
        // W1 = [[1, -1], [2, 0.5]], b1 = [0, -1], W2 = [[1], [-2]], b2 = [0.5]; x = [1, 2]
        // Z1 = [1·1 + 2·2, 1·(−1) + 2·0.5] + b1 = [5, −1]; H = [5, 0]; Z2 = 5 + 0.5 = 5.5; Y = σ(5.5)
        var mlp = new TwoLayerMlp(Matrix.FromRows([[1, -1], [2, 0.5]]), [0, -1], Matrix.FromRows([[1], [-2]]), [0.5]);
        var pass = mlp.Forward(Matrix.FromRows([[1, 2]]));
        Tolerance.AllClose(pass.Z1.Data, [5, -1], 0, 1e-15, "Z1");
        Tolerance.AllClose(pass.H.Data, [5, 0], 0, 1e-15, "H");
        Tolerance.AllClose(pass.Z2.Data, [5.5], 0, 1e-15, "Z2");
        Tolerance.AllClose(pass.Y.Data, [1 / (1 + Math.Exp(-5.5))], 0, 1e-15, "Y");
        Assert.Equal("[1, 2]", pass.H.Shape);
    }

    [Fact]
    public void Same_seed_gives_the_same_network()
    {
        var a = TwoLayerMlp.CreateRandom(2, 8, new Random(7));
        var b = TwoLayerMlp.CreateRandom(2, 8, new Random(7));
        var c = TwoLayerMlp.CreateRandom(2, 8, new Random(8));
        Assert.Equal(a.W1.Data, b.W1.Data);
        Assert.Equal(a.W2.Data, b.W2.Data);
        Assert.NotEqual(a.W1.Data, c.W1.Data);
    }

    [Fact]
    public void Wrong_input_width_is_refused_with_the_shapes_named()
    {
        var mlp = TwoLayerMlp.CreateRandom(2, 8, new Random(1));
        var e = Assert.Throws<ArgumentException>(() => mlp.Forward(new Matrix(4, 3)));
        Assert.Contains("[4, 3]", e.Message);
    }
}
