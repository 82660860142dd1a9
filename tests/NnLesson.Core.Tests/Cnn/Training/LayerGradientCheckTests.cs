using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training;

namespace NnLesson.Core.Tests.Cnn.Training;

/// <summary>
/// Every layer's backward pass against central differences of L = Σ r ⊙ y (float64): its parameters and its input,
/// every value, relative error ≤ 1e−6.
/// </summary>
public class LayerGradientCheckTests
{
    private const double Limit = 1e-6;

    public static TheoryData<int, int, int, int, int, int, int> ConvShapes => new()
    {
        // inC, outC, h, w, kernel, stride, padding
        { 1, 3, 8, 8, 5, 1, 2 },   // LeNet's first layer: 5×5, padding 2 keeps 8×8
        { 3, 4, 7, 6, 3, 2, 1 },   // stride 2 with padding: some inputs feed 1 output, some 2
        { 2, 2, 6, 6, 3, 1, 0 },   // no padding: border inputs feed fewer outputs
        { 2, 3, 9, 7, 3, 3, 0 },   // stride 3 = kernel: the last column is never read (its gradient is 0)
    };

    [Theory]
    [MemberData(nameof(ConvShapes))]
    public void Conv_backward_matches_central_differences_for_w_b_and_x(int inC, int outC, int h, int w, int k, int stride, int padding)
    {
        var random = new Random(inC * 100 + outC * 10 + k);
        var layer = new ConvLayer(outC, inC, k, stride, padding, TrainingRandom.Values(random, outC * inC * k * k, 0.5), TrainingRandom.Values(random, outC));
        var x = TrainingRandom.Batch(random, 2, inC, h, w);

        var result = CnnGradientCheck.Layer(layer, x, random);

        Assert.Equal(["w", "b", "x"], result.Tensors.Select(t => t.Name));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= Limit, $"{t.Name}: {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void Conv_forward_is_the_engine_convolution_image_by_image()
    {
        // The readable training layer and the inference engine's Conv2d were written apart: they must give the same y.
        var random = new Random(5);
        int inC = 3, outC = 4, k = 3;
        var weights = TrainingRandom.Values(random, outC * inC * k * k);
        var bias = TrainingRandom.Values(random, outC);
        var layer = new ConvLayer(outC, inC, k, 2, 1, weights, bias);
        var x = TrainingRandom.Batch(random, 2, inC, 7, 8);
        var y = layer.Forward(x);
        var kernel = new ConvKernel(outC, inC, k, k, weights.Select(v => (float)v).ToArray(), bias.Select(v => (float)v).ToArray());
        for (var n = 0; n < 2; n++)
        {
            var image = new ChwTensor(inC, 7, 8, x.Data.AsSpan(n * x.SampleSize, x.SampleSize).ToArray().Select(v => (float)v).ToArray());
            var reference = Conv2d.Forward(image, kernel, 2, Padding2d.All(1));
            Assert.Equal($"[{outC}, {reference.Height}, {reference.Width}]", new TensorShape(y.Channels, y.Height, y.Width).ToString());
            CnnRandom.AssertClose(y.Data.AsSpan(n * y.SampleSize, y.SampleSize).ToArray().Select(v => (float)v).ToArray(), reference.Data, 1e-5, $"image {n}");
        }
    }

    [Fact]
    public void Max_pool_backward_matches_central_differences_and_routes_to_the_arg_max()
    {
        var random = new Random(7);
        var x = TrainingRandom.Batch(random, 2, 3, 6, 6);
        var layer = new MaxPoolLayer(2, 2);

        var result = CnnGradientCheck.Layer(layer, x, random);
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= Limit, $"{t.Name}: {t.MaxRelativeError:E2}"));

        // By hand: one 2×2 window [1 5; 3 2] → y = 5, and dy = 7 goes to the 5 alone.
        var one = new Batch(1, 1, 2, 2, [1, 5, 3, 2]);
        Assert.Equal([5.0], layer.Forward(one).Data);
        Assert.Equal([0, 7.0, 0, 0], layer.Backward(new Batch(1, 1, 1, 1, [7])).Data);
    }

    [Fact]
    public void Max_pool_forward_is_the_engine_pooling()
    {
        var random = new Random(8);
        var x = TrainingRandom.Batch(random, 1, 3, 7, 6);
        var y = new MaxPoolLayer(2, 2).Forward(x);
        var reference = Pooling2d.Max(new ChwTensor(3, 7, 6, x.Data.Select(v => (float)v).ToArray()), 2, 2, 2, Padding2d.None);
        Assert.Equal((reference.Channels, reference.Height, reference.Width), (y.Channels, y.Height, y.Width));
        CnnRandom.AssertClose(y.Data.Select(v => (float)v).ToArray(), reference.Data, 1e-7, "max-pool");
    }

    [Fact]
    public void Relu_backward_matches_central_differences_and_passes_only_where_the_unit_is_on()
    {
        var random = new Random(9);
        var layer = new ReluLayer();
        var result = CnnGradientCheck.Layer(layer, TrainingRandom.Batch(random, 2, 2, 3, 3), random);
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= Limit, $"{t.Name}: {t.MaxRelativeError:E2}"));

        layer.Forward(new Batch(1, 3, 1, 1, [-2, 0.5, 3]));
        Assert.Equal([0, 10.0, 20], layer.Backward(new Batch(1, 3, 1, 1, [5, 10, 20])).Data);
    }

    [Fact]
    public void Dense_backward_matches_central_differences_for_w_b_and_x()
    {
        var random = new Random(10);
        var layer = new DenseLayer(4, 6, TrainingRandom.Values(random, 24), TrainingRandom.Values(random, 4));
        var result = CnnGradientCheck.Layer(layer, TrainingRandom.Batch(random, 3, 6, 1, 1), random);
        Assert.Equal(["w", "b", "x"], result.Tensors.Select(t => t.Name));
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= Limit, $"{t.Name}: {t.MaxRelativeError:E2}"));
    }

    [Fact]
    public void Flatten_backward_matches_central_differences_and_restores_the_shape()
    {
        var random = new Random(11);
        var layer = new FlattenLayer();
        var x = TrainingRandom.Batch(random, 2, 3, 2, 2);
        var y = layer.Forward(x);
        Assert.Equal("[2, 12, 1, 1]", y.ShapeText);
        Assert.Equal(x[1, 2, 1, 0], y.Data[12 + (2 * 2 + 1) * 2 + 0]);
        Assert.Equal(x.ShapeText, layer.Backward(y).ShapeText);
        var result = CnnGradientCheck.Layer(layer, x, random);
        Assert.All(result.Tensors, t => Assert.True(t.MaxRelativeError <= Limit, $"{t.Name}: {t.MaxRelativeError:E2}"));
    }
}
