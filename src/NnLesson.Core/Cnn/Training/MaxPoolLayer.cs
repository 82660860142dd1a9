namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// Max pooling over k×k windows with stride s (no padding), and its backward pass:
/// <code>forward  y[n, c, i, j] = max over u, v &lt; k of x[n, c, i·s + u, j·s + v]
/// backward dx[n, c, r, q] = Σ over the windows whose maximum was x[n, c, r, q] of dy[n, c, i, j]</code>
/// x: [N, C, H, W], y and dy: [N, C, H′, W′], H′ = ⌊(H − k) / s⌋ + 1. The maximum is the only input that moved y,
/// so the whole gradient goes back to it (the arg-max, the first one in reading order on a tie) and every
/// other input of the window gets 0. Forward keeps the arg-max of every window.
/// </summary>
public sealed class MaxPoolLayer(int size, int stride) : ILayer
{
    private int[]? _argMax; // [N, C, H′, W′]: the index into x.Data of each window's maximum
    private TensorShape _input;

    public int Size => size;

    public int Stride => stride;

    public string Name => $"max-pool {size}×{size}";

    public IReadOnlyList<Parameter> Parameters => [];

    public TensorShape OutputShape(TensorShape input) => new(input.Channels,
        Padding2d.OutputSize(input.Height, size, stride, 0, 0), Padding2d.OutputSize(input.Width, size, stride, 0, 0));

    public Batch Forward(Batch x)
    {
        _input = x.Shape;
        var shape = OutputShape(x.Shape);
        var y = new Batch(x.Count, x.Channels, shape.Height, shape.Width);
        _argMax = new int[y.Data.Length];
        for (var n = 0; n < x.Count; n++)
        {
            for (var c = 0; c < x.Channels; c++)
            {
                for (var i = 0; i < shape.Height; i++)
                {
                    for (var j = 0; j < shape.Width; j++)
                    {
                        var best = -1;
                        for (var u = 0; u < size; u++)
                        {
                            for (var v = 0; v < size; v++)
                            {
                                var at = ((n * x.Channels + c) * x.Height + i * stride + u) * x.Width + j * stride + v;
                                if (best < 0 || x.Data[at] > x.Data[best])
                                {
                                    best = at;
                                }
                            }
                        }
                        var index = ((n * x.Channels + c) * shape.Height + i) * shape.Width + j;
                        _argMax[index] = best;
                        y.Data[index] = x.Data[best];
                    }
                }
            }
        }
        return y;
    }

    public Batch Backward(Batch dy)
    {
        var argMax = _argMax ?? throw new InvalidOperationException("Backward before Forward.");
        var dx = new Batch(dy.Count, _input.Channels, _input.Height, _input.Width);
        for (var index = 0; index < dy.Data.Length; index++)
        {
            dx.Data[argMax[index]] += dy.Data[index]; // += : overlapping windows (s < k) may share a maximum
        }
        return dx;
    }
}
