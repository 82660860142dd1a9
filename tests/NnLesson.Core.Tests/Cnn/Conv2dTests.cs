using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

public class Conv2dTests
{
    // x: [1, 3, 3] = 1…9 row by row; w: [1, 1, 2, 2] = [[1, 2], [3, 4]].
    private static readonly ChwTensor X = new(1, 3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    private static readonly ConvKernel W = new(1, 1, 2, 2, [1, 2, 3, 4], [0f]);

    [Fact]
    public void Valid_convolution_matches_hand_computed_sums()
    {
        // y[0, 0] = 1·1 + 2·2 + 3·4 + 4·5 = 37, then 47, 67, 77 (each step right adds 10, down adds 30).
        var y = Conv2d.Forward(X, W, stride: 1, Padding2d.None);
        Assert.Equal("[1, 2, 2]", y.ShapeText);
        Assert.Equal([37f, 47f, 67f, 77f], y.Data);
    }

    [Fact]
    public void Asymmetric_padding_top_left_and_stride_two_as_onnx_orders_pads()
    {
        // ONNX pads [top 1, left 1, bottom 0, right 0], stride 2: out = ⌊(3 + 1 − 2) / 2⌋ + 1 = 2.
        // y[0,0] sees only x[0,0]·w[1,1] = 4; y[0,1] = 2·3 + 3·4 = 18; y[1,0] = 4·2 + 7·4 = 36; y[1,1] = 5 + 12 + 24 + 36 = 77.
        var pad = Padding2d.FromOnnx([1, 1, 0, 0]);
        var y = Conv2d.Forward(X, W, stride: 2, pad);
        Assert.Equal([4f, 18f, 36f, 77f], y.Data);
        var fast = Conv2dFast.Forward(X, new PackedConvKernel(W), 2, pad);
        Assert.Equal(y.Data, fast.Data);
    }

    [Fact]
    public void Bias_is_added_once_per_output_and_channels_are_summed()
    {
        // Two input channels, the second = 10 × the first; w = 1 on channel 0 and 0.1 on channel 1 → twice the 1×1 sum.
        var x = new ChwTensor(2, 1, 2, [1, 2, 10, 20]);
        var w = new ConvKernel(1, 2, 1, 1, [1f, 0.1f], [0.5f]);
        Assert.Equal([2.5f, 4.5f], Conv2d.Forward(x, w, 1, Padding2d.None).Data);
    }

    [Theory]
    [InlineData(3, 5, 9, 11, 3, 3, 1, 1, 1, 1, 1, false, 1)]
    [InlineData(4, 7, 13, 10, 3, 3, 2, 1, 1, 1, 1, true, 2)]
    [InlineData(3, 64, 23, 23, 7, 7, 2, 3, 3, 2, 2, true, 0)] // ResNet-18's first layer shape, smaller image
    [InlineData(64, 13, 8, 8, 3, 3, 1, 1, 1, 1, 1, false, 2)]  // K = 576 > one block of 256
    [InlineData(32, 20, 7, 9, 1, 1, 2, 0, 0, 0, 0, false, 1)]  // 1×1 stride-2 downsample
    [InlineData(5, 6, 40, 37, 5, 2, 3, 0, 2, 1, 0, true, 0)]
    public void Fast_path_agrees_with_the_readable_loops(int inC, int outC, int h, int w, int kh, int kw, int stride,
        int top, int left, int bottom, int right, bool relu, int threads)
    {
        var random = new Random(8 + inC * 31 + outC);
        var x = CnnRandom.Tensor(random, inC, h, w);
        var kernel = CnnRandom.Kernel(random, outC, inC, kh, kw);
        var pad = new Padding2d(top, left, bottom, right);
        var reference = Conv2d.Forward(x, kernel, stride, pad);
        if (relu)
        {
            reference = Elementwise.Relu(reference);
        }
        var fast = Conv2dFast.Forward(x, new PackedConvKernel(kernel), stride, pad, relu, threads);
        Assert.Equal(reference.ShapeText, fast.ShapeText);
        CnnRandom.AssertClose(fast.Data, reference.Data, 1e-5, "fast vs readable conv");
    }

    [Fact]
    public void Many_random_geometries_agree()
    {
        var random = new Random(2016);
        for (var trial = 0; trial < 25; trial++)
        {
            int inC = random.Next(1, 9), outC = random.Next(1, 20), kh = random.Next(1, 6), kw = random.Next(1, 6), stride = random.Next(1, 4);
            var pad = new Padding2d(random.Next(0, kh), random.Next(0, kw), random.Next(0, kh), random.Next(0, kw));
            int h = random.Next(kh, 30), w = random.Next(kw, 30);
            var x = CnnRandom.Tensor(random, inC, h, w);
            var kernel = CnnRandom.Kernel(random, outC, inC, kh, kw);
            var reference = Conv2d.Forward(x, kernel, stride, pad);
            var fast = Conv2dFast.Forward(x, new PackedConvKernel(kernel), stride, pad);
            Assert.Equal(reference.ShapeText, fast.ShapeText);
            CnnRandom.AssertClose(fast.Data, reference.Data, 1e-5, $"trial {trial}: x [{inC}, {h}, {w}], w {kernel.ShapeText}, s {stride}, pads {pad}");
        }
    }

    [Fact]
    public void Fast_path_catches_a_wrong_weight_layout()
    {
        // The bug it claims to catch: weights read as [inC, outC, …] instead of [outC, inC, …] must not agree.
        var random = new Random(3);
        var x = CnnRandom.Tensor(random, 3, 10, 10);
        var kernel = CnnRandom.Kernel(random, 4, 3, 3, 3);
        var swapped = new float[kernel.Weights.Length];
        for (var o = 0; o < 4; o++)
        {
            for (var c = 0; c < 3; c++)
            {
                Array.Copy(kernel.Weights, (o * 3 + c) * 9, swapped, (c * 4 + o) * 9 % swapped.Length, 9);
            }
        }
        var wrong = new ConvKernel(4, 3, 3, 3, swapped, kernel.Bias);
        var reference = Conv2d.Forward(x, kernel, 1, Padding2d.All(1));
        var fast = Conv2dFast.Forward(x, new PackedConvKernel(wrong), 1, Padding2d.All(1));
        Assert.ThrowsAny<Exception>(() => CnnRandom.AssertClose(fast.Data, reference.Data, 1e-5, "swapped"));
    }

    [Fact]
    public void Channel_mismatch_is_one_clear_error()
    {
        var e = Assert.Throws<LessonException>(() => Conv2d.Forward(new ChwTensor(2, 3, 3, new float[18]), W, 1, Padding2d.None));
        Assert.Contains("2 channels", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
