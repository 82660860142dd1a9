using System.Numerics;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>ReLU, y = max(0, x); backward dx = dy where y &gt; 0 (the same units as x &gt; 0), else 0; SIMD over the whole share.</summary>
internal sealed class FastRelu(int index, LayerSpec spec, TensorShape input, TensorShape output) : FastLayer(index, spec, input, output)
{
    public override void Forward(FastThread t, int count)
    {
        var n = count * Input.Size;
        TensorPrimitives.Max(t.Act[Index].AsSpan(0, n), 0f, t.Act[Index + 1].AsSpan(0, n));
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
        if (!inputGradient)
        {
            return;
        }
        var n = count * Input.Size;
        ReadOnlySpan<float> y = t.Act[Index + 1].AsSpan(0, n), dy = t.Grad[Index + 1].AsSpan(0, n);
        var dx = t.Grad[Index].AsSpan(0, n);
        var i = 0;
        for (; i + Vector<float>.Count <= n; i += Vector<float>.Count)
        {
            var on = Vector.GreaterThan(new Vector<float>(y[i..]), Vector<float>.Zero);
            Vector.ConditionalSelect(on, new Vector<float>(dy[i..]), Vector<float>.Zero).CopyTo(dx[i..]);
        }
        for (; i < n; i++)
        {
            dx[i] = y[i] > 0 ? dy[i] : 0;
        }
    }
}
