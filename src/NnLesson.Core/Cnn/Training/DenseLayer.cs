namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// A fully connected layer for training, readable:
/// <code>forward  y[n, o] = b[o] + Σ_f W[o, f] · x[n, f]            (Y = X·Wᵀ + b)
/// backward dW[o, f] = Σ_n dy[n, o] · x[n, f]                     (dW = dYᵀ·X)
///          db[o]    = Σ_n dy[n, o]
///          dx[n, f] = Σ_o dy[n, o] · W[o, f]                     (dX = dY·W)</code>
/// x: [N, F] (a batch [N, F, 1, 1]), W: [O, F] row-major, b: [O], y and dy: [N, O]. Forward keeps x.
/// </summary>
public sealed class DenseLayer : ILayer
{
    private Batch? _x;

    public DenseLayer(int outputs, int inputs, double[] weights, double[] bias)
    {
        if (weights.Length != outputs * inputs || bias.Length != outputs)
        {
            throw new ArgumentException($"Dense weights {weights.Length} / bias {bias.Length} do not fit [{outputs}, {inputs}].");
        }
        (Outputs, Inputs) = (outputs, inputs);
        Weights = new Parameter("w", weights);
        Bias = new Parameter("b", bias);
    }

    public int Outputs { get; }

    public int Inputs { get; }

    /// <summary>W: [O, F].</summary>
    public Parameter Weights { get; }

    /// <summary>b: [O].</summary>
    public Parameter Bias { get; }

    public string Name => "dense";

    public IReadOnlyList<Parameter> Parameters => [Weights, Bias];

    public TensorShape OutputShape(TensorShape input) => input.Size == Inputs
        ? new TensorShape(Outputs, 1, 1)
        : throw new LessonException(
            $"Dense: довжина входу {input} — {input.Size}, а ваги [{Outputs}, {Inputs}] чекають {Inputs}.",
            $"Dense: input {input} has {input.Size} values, the weights [{Outputs}, {Inputs}] expect {Inputs}.");

    public Batch Forward(Batch x)
    {
        OutputShape(x.Shape);
        _x = x;
        var y = new Batch(x.Count, Outputs, 1, 1);
        for (var n = 0; n < x.Count; n++)
        {
            for (var o = 0; o < Outputs; o++)
            {
                var sum = Bias.Values[o];
                for (var f = 0; f < Inputs; f++)
                {
                    sum += Weights.Values[o * Inputs + f] * x.Data[n * Inputs + f];
                }
                y.Data[n * Outputs + o] = sum;
            }
        }
        return y;
    }

    public Batch Backward(Batch dy)
    {
        var x = _x ?? throw new InvalidOperationException("Backward before Forward.");
        var dx = Batch.ZerosLike(x);
        for (var n = 0; n < x.Count; n++)
        {
            for (var o = 0; o < Outputs; o++)
            {
                var g = dy.Data[n * Outputs + o];
                Bias.Gradient[o] += g;
                for (var f = 0; f < Inputs; f++)
                {
                    Weights.Gradient[o * Inputs + f] += g * x.Data[n * Inputs + f];
                    dx.Data[n * Inputs + f] += g * Weights.Values[o * Inputs + f];
                }
            }
        }
        return dx;
    }
}
