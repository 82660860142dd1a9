namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// 2-D convolution for training, readable: forward as in <see cref="Conv2d"/>, and its backward pass.
/// <code>forward  y[n, o, i, j] = b[o] + Σ_c Σ_u Σ_v w[o, c, u, v] · x[n, c, i·s + u − p, j·s + v − p]
/// backward db[o]          = Σ_n Σ_i Σ_j dy[n, o, i, j]
///          dw[o, c, u, v] = Σ_n Σ_i Σ_j dy[n, o, i, j] · x[n, c, i·s + u − p, j·s + v − p]
///          dx[n, c, r, q] = Σ over every (o, u, v, i, j) with r = i·s + u − p, q = j·s + v − p of dy[n, o, i, j] · w[o, c, u, v]</code>
/// x: [N, C, H, W], w: [O, C, k, k], b: [O], y and dy: [N, O, H′, W′], H′ = ⌊(H + 2p − k) / s⌋ + 1.
/// Each weight touched an input value in the forward pass; the backward pass sends dy back along the same
/// edge: to the weight (times that input) and to the input (times that weight). Cells in the zero padding
/// have no x to receive a gradient and contribute 0 to dw. Forward keeps x for the backward pass.
/// </summary>
public sealed class ConvLayer : ILayer
{
    private Batch? _x;

    public ConvLayer(int outChannels, int inChannels, int kernel, int stride, int padding, double[] weights, double[] bias)
    {
        if (weights.Length != outChannels * inChannels * kernel * kernel || bias.Length != outChannels)
        {
            throw new ArgumentException($"Conv weights {weights.Length} / bias {bias.Length} do not fit [{outChannels}, {inChannels}, {kernel}, {kernel}].");
        }
        (OutChannels, InChannels, Kernel, Stride, Padding) = (outChannels, inChannels, kernel, stride, padding);
        Weights = new Parameter("w", weights);
        Bias = new Parameter("b", bias);
    }

    public int OutChannels { get; }

    public int InChannels { get; }

    public int Kernel { get; }

    public int Stride { get; }

    public int Padding { get; }

    /// <summary>w: [O, C, k, k].</summary>
    public Parameter Weights { get; }

    /// <summary>b: [O].</summary>
    public Parameter Bias { get; }

    public string Name => $"conv {Kernel}×{Kernel}";

    public IReadOnlyList<Parameter> Parameters => [Weights, Bias];

    public TensorShape OutputShape(TensorShape input) => new(OutChannels,
        Padding2d.OutputSize(input.Height, Kernel, Stride, Padding, Padding),
        Padding2d.OutputSize(input.Width, Kernel, Stride, Padding, Padding));

    private double W(int o, int c, int u, int v) => Weights.Values[((o * InChannels + c) * Kernel + u) * Kernel + v];

    public Batch Forward(Batch x)
    {
        CheckInput(x);
        _x = x;
        var shape = OutputShape(x.Shape);
        var y = new Batch(x.Count, OutChannels, shape.Height, shape.Width); // [N, O, H′, W′]
        for (var n = 0; n < x.Count; n++)
        {
            for (var o = 0; o < OutChannels; o++)
            {
                for (var i = 0; i < shape.Height; i++)
                {
                    for (var j = 0; j < shape.Width; j++)
                    {
                        var sum = Bias.Values[o];
                        for (var c = 0; c < InChannels; c++)
                        {
                            for (var u = 0; u < Kernel; u++)
                            {
                                for (var v = 0; v < Kernel; v++)
                                {
                                    var (row, col) = (i * Stride + u - Padding, j * Stride + v - Padding);
                                    if (row >= 0 && row < x.Height && col >= 0 && col < x.Width)
                                    {
                                        sum += W(o, c, u, v) * x[n, c, row, col];
                                    }
                                }
                            }
                        }
                        y[n, o, i, j] = sum;
                    }
                }
            }
        }
        return y;
    }

    public Batch Backward(Batch dy)
    {
        var x = _x ?? throw new InvalidOperationException("Backward before Forward.");
        var dx = Batch.ZerosLike(x); // [N, C, H, W]
        var dw = Weights.Gradient;   // [O, C, k, k], added to
        var db = Bias.Gradient;      // [O], added to
        for (var n = 0; n < dy.Count; n++)
        {
            for (var o = 0; o < OutChannels; o++)
            {
                for (var i = 0; i < dy.Height; i++)
                {
                    for (var j = 0; j < dy.Width; j++)
                    {
                        var g = dy[n, o, i, j];
                        db[o] += g;
                        for (var c = 0; c < InChannels; c++)
                        {
                            for (var u = 0; u < Kernel; u++)
                            {
                                for (var v = 0; v < Kernel; v++)
                                {
                                    var (row, col) = (i * Stride + u - Padding, j * Stride + v - Padding);
                                    if (row >= 0 && row < x.Height && col >= 0 && col < x.Width)
                                    {
                                        dw[((o * InChannels + c) * Kernel + u) * Kernel + v] += g * x[n, c, row, col];
                                        dx[n, c, row, col] += g * W(o, c, u, v);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    private void CheckInput(Batch x)
    {
        if (x.Channels != InChannels)
        {
            throw new LessonException(
                $"Conv: кількість каналів входу {x.ShapeText} — {x.Channels}, а ваги чекають {InChannels}.",
                $"Conv: input {x.ShapeText} has {x.Channels} channels, the weights expect {InChannels}.");
        }
    }
}
