using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn;

/// <summary>
/// The fully connected layer at the end of a classifier (ONNX Gemm with transB = 1, batch 1):
/// <code>y[o] = b[o] + Σ_i W[o, i] · x[i]</code>  x: [in], W: [out, in] row-major, b: [out], y: [out].
/// </summary>
public sealed record Dense(int Outputs, int Inputs, float[] Weights, float[] Bias)
{
    public float[] Forward(ReadOnlySpan<float> x)
    {
        Check(x.Length);
        var y = new float[Outputs];
        for (var o = 0; o < Outputs; o++)
        {
            var sum = Bias[o];
            for (var i = 0; i < Inputs; i++)
            {
                sum += Weights[o * Inputs + i] * x[i];
            }
            y[o] = sum;
        }
        return y;
    }

    /// <summary>The same product with a SIMD dot product per row.</summary>
    public float[] ForwardFast(ReadOnlySpan<float> x)
    {
        Check(x.Length);
        var y = new float[Outputs];
        for (var o = 0; o < Outputs; o++)
        {
            y[o] = Bias[o] + TensorPrimitives.Dot(Weights.AsSpan(o * Inputs, Inputs), x);
        }
        return y;
    }

    private void Check(int length)
    {
        if (length != Inputs || Weights.Length != (long)Outputs * Inputs || Bias.Length != Outputs)
        {
            throw new LessonException(
                $"Gemm: ваги [{Outputs}, {Inputs}] і зсув [{Bias.Length}] не пасують до входу довжини {length}.",
                $"Gemm: weights [{Outputs}, {Inputs}] and bias [{Bias.Length}] do not fit an input of {length} values.");
        }
    }
}
