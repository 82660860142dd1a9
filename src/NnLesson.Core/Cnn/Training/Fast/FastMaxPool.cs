namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// Max pooling k×k, stride s, no padding: y = the window's maximum, the arg-max kept per window (an index into the
/// sample's input); backward routes dy to that arg-max, 0 elsewhere (as <see cref="Training.MaxPoolLayer"/>).
/// </summary>
internal sealed class FastMaxPool(int index, LayerSpec spec, TensorShape input, TensorShape output) : FastLayer(index, spec, input, output)
{
    public override object? CreateScratch(int capacity) => new int[capacity * Output.Size];

    public override void Forward(FastThread t, int count)
    {
        var argMax = (int[])t.Scratch[Index]!;
        int k = Spec.Kernel, s = Spec.Stride, h = Input.Height, w = Input.Width, outH = Output.Height, outW = Output.Width;
        for (var sample = 0; sample < count; sample++)
        {
            var x = t.Act[Index].AsSpan(sample * Input.Size, Input.Size);
            var y = t.Act[Index + 1].AsSpan(sample * Output.Size, Output.Size);
            var arg = argMax.AsSpan(sample * Output.Size, Output.Size);
            if (k == 2 && s == 2)
            {
                Pool2x2(x, y, arg, Input.Channels, h, w, outH, outW);
                continue;
            }
            for (var c = 0; c < Input.Channels; c++)
            {
                for (var i = 0; i < outH; i++)
                {
                    for (var j = 0; j < outW; j++)
                    {
                        var best = (c * h + i * s) * w + j * s;
                        for (var u = 0; u < k; u++)
                        {
                            for (var v = 0; v < k; v++)
                            {
                                var at = (c * h + i * s + u) * w + j * s + v;
                                if (x[at] > x[best])
                                {
                                    best = at;
                                }
                            }
                        }
                        var o = (c * outH + i) * outW + j;
                        arg[o] = best;
                        y[o] = x[best];
                    }
                }
            }
        }
    }

    /// <summary>The 2×2, stride-2 window of LeNet: the four candidates compared in reading order, as the general loop does.</summary>
    private static void Pool2x2(ReadOnlySpan<float> x, Span<float> y, Span<int> arg, int channels, int h, int w, int outH, int outW)
    {
        for (var c = 0; c < channels; c++)
        {
            for (var i = 0; i < outH; i++)
            {
                var top = (c * h + 2 * i) * w;
                var outRow = (c * outH + i) * outW;
                for (var j = 0; j < outW; j++)
                {
                    // Branch-free (conditional moves): which of the four wins depends on the data, so branches would mispredict.
                    int a = top + 2 * j, best = a;
                    float max = x[a], right = x[a + 1], below = x[a + w], diagonal = x[a + w + 1];
                    best = right > max ? a + 1 : best;
                    max = right > max ? right : max;
                    best = below > max ? a + w : best;
                    max = below > max ? below : max;
                    best = diagonal > max ? a + w + 1 : best;
                    max = diagonal > max ? diagonal : max;
                    arg[outRow + j] = best;
                    y[outRow + j] = max;
                }
            }
        }
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
        if (!inputGradient)
        {
            return;
        }
        var argMax = (int[])t.Scratch[Index]!;
        for (var sample = 0; sample < count; sample++)
        {
            var dx = t.Grad[Index].AsSpan(sample * Input.Size, Input.Size);
            var dy = t.Grad[Index + 1].AsSpan(sample * Output.Size, Output.Size);
            var arg = argMax.AsSpan(sample * Output.Size, Output.Size);
            dx.Clear();
            for (var o = 0; o < dy.Length; o++)
            {
                dx[arg[o]] += dy[o];
            }
        }
    }
}
