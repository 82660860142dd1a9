namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// ReLU, element by element, and its backward pass:
/// <code>forward  y = max(0, x)
/// backward dx = dy · [x &gt; 0]</code>
/// any shape [N, C, H, W]. The derivative is 1 where the unit was on and 0 where it was off (at exactly 0 we take 0,
/// as PyTorch does). Forward keeps x.
/// </summary>
public sealed class ReluLayer : ILayer
{
    private Batch? _x;

    public string Name => "ReLU";

    public IReadOnlyList<Parameter> Parameters => [];

    public TensorShape OutputShape(TensorShape input) => input;

    public Batch Forward(Batch x)
    {
        _x = x;
        var y = Batch.ZerosLike(x);
        for (var k = 0; k < x.Data.Length; k++)
        {
            y.Data[k] = Math.Max(0, x.Data[k]);
        }
        return y;
    }

    public Batch Backward(Batch dy)
    {
        var x = _x ?? throw new InvalidOperationException("Backward before Forward.");
        var dx = Batch.ZerosLike(x);
        for (var k = 0; k < x.Data.Length; k++)
        {
            dx.Data[k] = x.Data[k] > 0 ? dy.Data[k] : 0;
        }
        return dx;
    }
}
