using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

public class LayerTests
{
    private static readonly ChwTensor Ramp = new(1, 4, 4, Enumerable.Range(0, 16).Select(i => (float)i).ToArray());

    [Fact]
    public void Batch_norm_is_the_inference_formula()
    {
        // γ = 2, β = 1, μ = 3, σ² = 4, ε = 0: y = 2·(x − 3)/2 + 1 = x − 2.
        var bn = new BatchNorm2d([2f], [1f], [3f], [4f], 0f);
        Assert.Equal([-2f, 3f, 8f], bn.Forward(new ChwTensor(1, 1, 3, [0, 5, 10])).Data);
    }

    [Fact]
    public void Folding_batch_norm_into_the_convolution_changes_nothing()
    {
        var random = new Random(7);
        var x = CnnRandom.Tensor(random, 3, 9, 9);
        var kernel = CnnRandom.Kernel(random, 5, 3, 3, 3);
        var bn = CnnRandom.Norm(random, 5);
        var separate = bn.Forward(Conv2d.Forward(x, kernel, 2, Padding2d.All(1)));
        var folded = Conv2d.Forward(x, bn.FoldInto(kernel), 2, Padding2d.All(1));
        CnnRandom.AssertClose(folded.Data, separate.Data, 1e-5, "folded BN");
    }

    [Fact]
    public void Max_pool_with_top_left_padding_like_resnet()
    {
        // 3×3/2, pads [1, 1, 0, 0] on 0…15: out 2×2; windows cover rows/cols {−1..1} and {1..3}.
        var y = Pooling2d.Max(Ramp, 3, 3, 2, Padding2d.FromOnnx([1, 1, 0, 0]));
        Assert.Equal([5f, 7f, 13f, 15f], y.Data);
    }

    [Fact]
    public void Average_pool_does_not_count_padding_cells()
    {
        // Same windows: the top-left one holds 0, 1, 4, 5 inside the image → 2.5 (not 10/9).
        var y = Pooling2d.Average(Ramp, 3, 3, 2, Padding2d.FromOnnx([1, 1, 0, 0]));
        Assert.Equal(2.5f, y.Data[0]);
        Assert.Equal((5f + 6 + 7 + 9 + 10 + 11 + 13 + 14 + 15) / 9, y.Data[3], 5);
    }

    [Fact]
    public void A_pooling_window_entirely_in_the_padding_is_one_clear_error()
    {
        // pads top 3 with a 2×2 window: the first output row sees only padding.
        var e = Assert.Throws<LessonException>(() => Pooling2d.Max(Ramp, 2, 2, 1, new Padding2d(3, 0, 0, 0)));
        Assert.Contains("entirely in the padding", e.Message);
    }

    [Fact]
    public void Global_average_pool_is_the_mean_of_each_map()
    {
        var y = Pooling2d.GlobalAverage(new ChwTensor(2, 1, 2, [1, 3, -4, 10]));
        Assert.Equal([2f, 3f], y.Data);
        Assert.Equal("[2, 1, 1]", y.ShapeText);
    }

    [Fact]
    public void Relu_and_residual_add_readable_and_fast_agree()
    {
        var random = new Random(5);
        var a = CnnRandom.Tensor(random, 4, 5, 6);
        var b = CnnRandom.Tensor(random, 4, 5, 6);
        Assert.Equal(Elementwise.Relu(a).Data, Elementwise.ReluFast(a).Data);
        Assert.Equal(Elementwise.Add(a, b).Data, Elementwise.AddFast(a, b).Data);
        Assert.All(Elementwise.Relu(a).Data, v => Assert.True(v >= 0));
        Assert.Equal(a.Data[0] + b.Data[0], Elementwise.Add(a, b).Data[0]);
    }

    [Fact]
    public void Residual_add_refuses_different_shapes()
    {
        var e = Assert.Throws<LessonException>(() => Elementwise.Add(ChwTensor.Zeros(64, 56, 56), ChwTensor.Zeros(128, 28, 28)));
        Assert.Contains("[64, 56, 56]", e.Message);
        Assert.Contains("[128, 28, 28]", e.Message);
    }

    [Fact]
    public void Dense_is_w_times_x_plus_b()
    {
        // W = [[1, 2, 3], [−1, 0, 1]], b = [0.5, 0], x = [1, 1, 2] → [9.5, 1].
        var dense = new Dense(2, 3, [1, 2, 3, -1, 0, 1], [0.5f, 0]);
        Assert.Equal([9.5f, 1f], dense.Forward([1, 1, 2]));
        Assert.Equal([9.5f, 1f], dense.ForwardFast([1, 1, 2]));
    }

    [Fact]
    public void Class_activation_map_is_the_weighted_sum_of_maps()
    {
        // A_0 = [[1, 0], [0, 0]], A_1 = [[0, 0], [0, 2]], w = [3, −1] → M = [[3, 0], [0, −2]].
        var m = ClassActivationMap.Compute([1, 0, 0, 0, 0, 0, 0, 2], 2, 2, 2, [3f, -1f]);
        Assert.Equal([3f, 0f, 0f, -2f], m);
    }

    [Fact]
    public void Class_activation_map_averages_to_the_class_score()
    {
        // Zhou et al.: mean_(x,y) M_c = Σ_k w_ck · mean(A_k) = the logit without its bias (GAP then Dense).
        var random = new Random(11);
        var maps = CnnRandom.Values(random, 6 * 7 * 7);
        var w = CnnRandom.Values(random, 6);
        var m = ClassActivationMap.Compute(maps, 6, 7, 7, w);
        var pooled = Pooling2d.GlobalAverage(new ChwTensor(6, 7, 7, maps)).Data;
        var score = new Dense(1, 6, w, [0f]).Forward(pooled)[0];
        Assert.Equal(score, m.Average(), 5);
    }
}
