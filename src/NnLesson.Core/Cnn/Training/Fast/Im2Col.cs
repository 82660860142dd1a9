using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// The convolution as a matrix product needs the input patches as columns (im2col), and its backward pass sends the
/// patch gradients back to the pixels they came from (col2im, the transpose of im2col):
/// <code>im2col  cols[k, n] = x[c, i·s + u − p, j·s + v − p]   (0 in the padding),   k = (c·kH + u)·kW + v,  n = i·W′ + j
/// col2im  dx[c, r, q] += dcols[k, n] for every (k, n) that im2col read from (c, r, q)</code>
/// x and dx: [C, H, W]; cols and dcols: [C·k·k, H′·W′], row k starting at k·rowStride (rowStride = H′·W′ for one image;
/// a group of g images side by side has rowStride = g·H′·W′ and each image's block starts H′·W′ further along).
/// At stride 1 the valid run of a row is one contiguous copy.
/// </summary>
internal static class Im2Col
{
    public static void Gather(ReadOnlySpan<float> x, TensorShape input, LayerSpec conv, TensorShape output, Span<float> cols, int rowStride)
    {
        if (conv.Stride == 1 && conv.Padding == 0)
        {
            GatherValid(x, input, conv.Kernel, output, cols, rowStride);
            return;
        }
        int k = conv.Kernel, s = conv.Stride, pad = conv.Padding, outH = output.Height, outW = output.Width, n = outH * outW;
        for (var c = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++)
                {
                    var row = cols.Slice(((c * k + u) * k + v) * rowStride, n);
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
                        if (j0 > 0)
                        {
                            target[..j0].Clear();
                        }
                        if (j1 < outW)
                        {
                            target[j1..].Clear();
                        }
                        var source = x.Slice((c * input.Height + r) * input.Width);
                        if (s == 1)
                        {
                            ShortRuns.Copy(in source[j0 + v - pad], ref target[j0], j1 - j0);
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

    public static void Scatter(ReadOnlySpan<float> cols, TensorShape input, LayerSpec conv, TensorShape output, Span<float> dx, int rowStride)
    {
        dx.Clear();
        if (conv.Stride == 1 && conv.Padding == 0)
        {
            ScatterValid(cols, input, conv.Kernel, output, dx, rowStride);
            return;
        }
        int k = conv.Kernel, s = conv.Stride, pad = conv.Padding, outH = output.Height, outW = output.Width, n = outH * outW;
        for (var c = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++)
                {
                    var row = cols.Slice(((c * k + u) * k + v) * rowStride, n);
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
                            ShortRuns.Add(in row[i * outW + j0], ref target[j0 + v - pad], j1 - j0);
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

    /// <summary>Stride 1, no padding: every row of cols is H′ runs of W′ pixels, cols[(c·k + u)·k + v, i·W′ + j] = x[c, i + u, j + v].</summary>
    private static void GatherValid(ReadOnlySpan<float> x, TensorShape input, int k, TensorShape output, Span<float> cols, int rowStride)
    {
        int outH = output.Height, outW = output.Width, w = input.Width;
        _ = x[input.Size - 1]; // every read below lies in x[0 … C·H·W − 1] and every write in cols[(C·k·k − 1)·rowStride + H′·W′ − 1]
        _ = cols[(input.Channels * k * k - 1) * rowStride + outH * outW - 1];
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var cols0 = ref MemoryMarshal.GetReference(cols);
        for (int c = 0, row = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++, row++)
                {
                    ref var source = ref Unsafe.Add(ref x0, (c * input.Height + u) * w + v);
                    ref var target = ref Unsafe.Add(ref cols0, row * rowStride);
                    for (var i = 0; i < outH; i++)
                    {
                        ShortRuns.Copy(in Unsafe.Add(ref source, i * w), ref Unsafe.Add(ref target, i * outW), outW);
                    }
                }
            }
        }
    }

    /// <summary>The transpose of <see cref="GatherValid"/>: dx[c, i + u, j + v] += dcols[(c·k + u)·k + v, i·W′ + j].</summary>
    private static void ScatterValid(ReadOnlySpan<float> cols, TensorShape input, int k, TensorShape output, Span<float> dx, int rowStride)
    {
        int outH = output.Height, outW = output.Width, w = input.Width;
        _ = dx[input.Size - 1];
        _ = cols[(input.Channels * k * k - 1) * rowStride + outH * outW - 1];
        ref var dx0 = ref MemoryMarshal.GetReference(dx);
        ref var cols0 = ref MemoryMarshal.GetReference(cols);
        for (int c = 0, row = 0; c < input.Channels; c++)
        {
            for (var u = 0; u < k; u++)
            {
                for (var v = 0; v < k; v++, row++)
                {
                    ref var target = ref Unsafe.Add(ref dx0, (c * input.Height + u) * w + v);
                    ref var source = ref Unsafe.Add(ref cols0, row * rowStride);
                    for (var i = 0; i < outH; i++)
                    {
                        ShortRuns.Add(in Unsafe.Add(ref source, i * outW), ref Unsafe.Add(ref target, i * w), outW);
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
