using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;

namespace NnLesson.Core.Tests.Cnn;

public class DepthwiseConv2dTests
{
    [Fact]
    public void Each_channel_uses_only_its_own_filter()
    {
        // x: channel 0 = 1…4, channel 1 = 10·(1…4) as [2, 2, 2]; filters 2×2: channel 0 all 1 (sum = 10),
        // channel 1 = [[1, 0], [0, −1]] (10 − 40 = −30); biases 0.5 and −1. A full convolution would mix the channels.
        var x = new ChwTensor(2, 2, 2, [1, 2, 3, 4, 10, 20, 30, 40]);
        var w = new ConvKernel(2, 1, 2, 2, [1, 1, 1, 1, 1, 0, 0, -1], [0.5f, -1f]);
        Assert.Equal([10.5f, -31f], DepthwiseConv2d.Forward(x, w, 1, Padding2d.None).Data);
        Assert.Equal([10.5f, 0f], DepthwiseConv2d.ForwardFast(x, w, 1, Padding2d.None, relu: true).Data);
    }

    [Fact]
    public void Fast_agrees_with_the_readable_loops_on_random_geometries_and_thread_counts()
    {
        var random = new Random(2017); // MobileNet's year
        for (var trial = 0; trial < 30; trial++)
        {
            int channels = random.Next(1, 12), kh = random.Next(1, 6), kw = random.Next(1, 6), stride = random.Next(1, 4);
            var pad = new Padding2d(random.Next(0, kh), random.Next(0, kw), random.Next(0, kh), random.Next(0, kw));
            var x = CnnRandom.Tensor(random, channels, random.Next(kh, 30), random.Next(kw, 30));
            var kernel = CnnRandom.Kernel(random, channels, 1, kh, kw);
            var threads = 1 + trial % 3;
            var reference = DepthwiseConv2d.Forward(x, kernel, stride, pad);
            var fast = DepthwiseConv2d.ForwardFast(x, kernel, stride, pad, relu: false, threads);
            Assert.Equal(reference.ShapeText, fast.ShapeText);
            CnnRandom.AssertClose(fast.Data, reference.Data, 1e-6, $"trial {trial}: x {x.ShapeText}, w {kernel.ShapeText}, s {stride}, pads {pad}, {threads} threads");
        }
    }

    [Fact]
    public void Depthwise_equals_a_full_convolution_whose_filters_are_zero_off_their_own_channel()
    {
        // The definition checked against Conv2d: w_full[o, c] = w[o, 0] if c = o, else 0.
        var random = new Random(3);
        var x = CnnRandom.Tensor(random, 5, 13, 11);
        var kernel = CnnRandom.Kernel(random, 5, 1, 3, 3);
        var full = new float[5 * 5 * 9];
        for (var c = 0; c < 5; c++)
        {
            Array.Copy(kernel.Weights, c * 9, full, (c * 5 + c) * 9, 9);
        }
        var reference = Conv2d.Forward(x, new ConvKernel(5, 5, 3, 3, full, kernel.Bias), 2, Padding2d.All(1));
        CnnRandom.AssertClose(DepthwiseConv2d.ForwardFast(x, kernel, 2, Padding2d.All(1)).Data, reference.Data, 1e-5, "depthwise vs block-diagonal conv");
    }

    [Fact]
    public void As_a_layer_it_counts_its_multiply_adds_and_refuses_wrong_weights_in_one_line()
    {
        var layer = new DepthwiseConvLayer(CnnRandom.Kernel(new Random(1), 8, 1, 3, 3), 1, Padding2d.All(1));
        Assert.Equal(8L * 10 * 10 * 9, layer.MultiplyAdds([ChwTensor.Zeros(8, 10, 10)]));
        var e = Assert.Throws<LessonException>(() => layer.Forward([ChwTensor.Zeros(4, 10, 10)], CnnRunOptions.Fast));
        Assert.Contains("[4, 1, kH, kW]", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
