namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// Flatten: [N, C, H, W] → [N, C·H·W, 1, 1], feature f = (c·H + i)·W + j. The values do not move in memory, so the
/// backward pass only gives dy back its [N, C, H, W] shape: dx[n, c, i, j] = dy[n, (c·H + i)·W + j].
/// </summary>
public sealed class FlattenLayer : ILayer
{
    private TensorShape _input;

    public string Name => "flatten";

    public IReadOnlyList<Parameter> Parameters => [];

    public TensorShape OutputShape(TensorShape input) => new(input.Size, 1, 1);

    public Batch Forward(Batch x)
    {
        _input = x.Shape;
        return new Batch(x.Count, x.SampleSize, 1, 1, (double[])x.Data.Clone());
    }

    public Batch Backward(Batch dy) => new(dy.Count, _input.Channels, _input.Height, _input.Width, (double[])dy.Data.Clone());
}
