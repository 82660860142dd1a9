namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// The convolution as a matrix product needs the input patches as columns (im2col), and its backward pass sends the
/// patch gradients back to the pixels they came from (col2im, the transpose of im2col):
/// <code>im2col  cols[k, n] = x[c, i·s + u − p, j·s + v − p]   (0 in the padding),   k = (c·kH + u)·kW + v,  n = i·W′ + j
/// col2im  dx[c, r, q] += dcols[k, n] for every (k, n) that im2col read from (c, r, q)</code>
/// x and dx: [C, H, W], cols and dcols: [C·k·k, H′·W′] row-major. At stride 1 the valid run of a row is one contiguous copy.
/// </summary>
internal static class Im2Col
{
    public static void Gather(ReadOnlySpan<float> x, TensorShape input, LayerSpec conv, TensorShape output, Span<float> cols)
    {
        int k = conv.Kernel, s = conv.Stride, pad = conv.Padding, outH = output.Height, outW = output.Width, n = outH * outW;
        for (var c = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++)
                {
                    var row = cols.Slice(((c * k + u) * k + v) * n, n);
                    var (j0, j1) = ValidColumns(input.Width, outW, v, s, pad); // outputs j0 … j1−1 read inside the image
                    for (var i = 0; i < outH; i++)
                    {
                        var target = row.Slice(i * outW, outW);
                        var r = i * s + u - pad;
                        if (r < 0 || r >= input.Height || j0 >= j1)
                        {
                            target.Clear();
                            continue;
                        }
                        target[..j0].Clear();
                        target[j1..].Clear();
                        var source = x.Slice((c * input.Height + r) * input.Width);
                        if (s == 1)
                        {
                            source.Slice(j0 + v - pad, j1 - j0).CopyTo(target[j0..j1]);
                        }
                        else
                        {
                            for (var j = j0; j < j1; j++)
                            {
                                target[j] = source[j * s + v - pad];
                            }
                        }
                    }
                }
            }
        }
    }

    public static void Scatter(ReadOnlySpan<float> cols, TensorShape input, LayerSpec conv, TensorShape output, Span<float> dx)
    {
        int k = conv.Kernel, s = conv.Stride, pad = conv.Padding, outH = output.Height, outW = output.Width, n = outH * outW;
        dx.Clear();
        for (var c = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++)
                {
                    var row = cols.Slice(((c * k + u) * k + v) * n, n);
                    var (j0, j1) = ValidColumns(input.Width, outW, v, s, pad);
                    for (var i = 0; i < outH; i++)
                    {
                        var r = i * s + u - pad;
                        if (r < 0 || r >= input.Height || j0 >= j1)
                        {
                            continue;
                        }
                        var target = dx.Slice((c * input.Height + r) * input.Width);
                        if (s == 1)
                        {
                            var t = target.Slice(j0 + v - pad, j1 - j0);
                            System.Numerics.Tensors.TensorPrimitives.Add(t, row.Slice(i * outW + j0, j1 - j0), t);
                        }
                        else
                        {
                            for (var j = j0; j < j1; j++)
                            {
                                target[j * s + v - pad] += row[i * outW + j];
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The outputs j whose column j·s + v − pad lies inside [0, width): j0 ≤ j &lt; j1.</summary>
    private static (int From, int To) ValidColumns(int width, int outW, int v, int s, int pad)
    {
        var from = Math.Max(0, (pad - v + s - 1) / s);            // smallest j with j·s + v − pad ≥ 0
        var last = width - 1 + pad - v;                            // j·s ≤ last for the columns inside the image
        var to = last < 0 ? 0 : Math.Min(outW, last / s + 1);
        return (from, Math.Max(from, to));
    }
}
