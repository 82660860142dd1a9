using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn;

/// <summary>
/// Depthwise convolution (ONNX Conv with group = channels, as in MobileNet): each channel is convolved with its
/// own single kH×kW filter, channels never mix:
/// <code>y[c, i, j] = b[c] + Σ_u Σ_v w[c, 0, u, v] · x[c, i·s + u − pad_top, j·s + v − pad_left]</code>
/// x: [C, H, W], w: [C, 1, kH, kW], b: [C], y: [C, H′, W′] (sizes as in <see cref="Conv2d"/>; x outside the image is 0).
/// C·H′·W′·kH·kW multiply-adds instead of a full convolution's C times as many.
/// <see cref="Forward"/> is the formula's loops; <see cref="ForwardFast"/> computes the same numbers row by row.
/// </summary>
public static class DepthwiseConv2d
{
    public static ChwTensor Forward(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad)
    {
        Check(x, kernel);
        var (outH, outW) = Conv2d.OutputSize(x, kernel, stride, pad);
        var y = ChwTensor.Zeros(x.Channels, outH, outW);
        for (var c = 0; c < x.Channels; c++)
        {
            for (var i = 0; i < outH; i++)
            {
                for (var j = 0; j < outW; j++)
                {
                    var sum = kernel.Bias[c];
                    for (var u = 0; u < kernel.Height; u++)
                    {
                        for (var v = 0; v < kernel.Width; v++)
                        {
                            int row = i * stride + u - pad.Top, col = j * stride + v - pad.Left;
                            if (row >= 0 && row < x.Height && col >= 0 && col < x.Width)
                            {
                                sum += kernel.Weight(c, 0, u, v) * x[c, row, col]; // channel c only: w's input index is 0
                            }
                        }
                    }
                    y[c, i, j] = sum;
                }
            }
        }
        return y;
    }

    /// <summary>
    /// The same y, optionally followed by ReLU. Per channel: the plane is copied into a zero border once, then for
    /// each kernel cell (u, v) a whole output row gains w[c, 0, u, v] times a row of the bordered plane (for stride 1
    /// a contiguous slice, so 8 outputs per Vector256 multiply-add). Channels run on <paramref name="threads"/> threads.
    /// </summary>
    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    public static ChwTensor ForwardFast(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad, bool relu = false, int threads = 0)
    {
        Check(x, kernel);
        var (outH, outW) = Conv2d.OutputSize(x, kernel, stride, pad);
        var y = new float[x.Channels * outH * outW];
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        Parallel.For(0, x.Channels, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
            Channel(x, kernel, stride, pad, relu, c, y.AsSpan(c * outH * outW, outH * outW), outH, outW));
        return new ChwTensor(x.Channels, outH, outW, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Channel(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad, bool relu, int c, Span<float> output, int outH, int outW)
    {
        int paddedH = x.Height + pad.Top + pad.Bottom, paddedW = x.Width + pad.Left + pad.Right;
        var padded = new float[paddedH * paddedW];
        for (var i = 0; i < x.Height; i++)
        {
            x.Data.AsSpan((c * x.Height + i) * x.Width, x.Width).CopyTo(padded.AsSpan((i + pad.Top) * paddedW + pad.Left));
        }
        int kh = kernel.Height, kw = kernel.Width;
        var weights = kernel.Weights.AsSpan(c * kh * kw, kh * kw);
        for (var i = 0; i < outH; i++)
        {
            var line = output.Slice(i * outW, outW);
            line.Fill(kernel.Bias[c]);
            for (var u = 0; u < kh; u++)
            {
                var source = padded.AsSpan((i * stride + u) * paddedW);
                for (var v = 0; v < kw; v++)
                {
                    MultiplyAddRow(line, source[v..], stride, weights[u * kw + v]);
                }
            }
            if (relu)
            {
                foreach (ref var value in line)
                {
                    value = value > 0 ? value : 0f;
                }
            }
        }
    }

    /// <summary>line[j] += w · source[j·stride] for every j.</summary>
    private static void MultiplyAddRow(Span<float> line, ReadOnlySpan<float> source, int stride, float w)
    {
        var j = 0;
        if (stride == 1 && Vector256.IsHardwareAccelerated)
        {
            ref var l = ref MemoryMarshal.GetReference(line);
            ref var s = ref MemoryMarshal.GetReference(source);
            var wv = Vector256.Create(w);
            for (; j + 8 <= line.Length; j += 8)
            {
                (Vector256.LoadUnsafe(ref l, (nuint)j) + wv * Vector256.LoadUnsafe(ref s, (nuint)j)).StoreUnsafe(ref l, (nuint)j);
            }
        }
        for (; j < line.Length; j++)
        {
            line[j] += w * source[j * stride];
        }
    }

    private static void Check(ChwTensor x, ConvKernel kernel)
    {
        if (kernel.InChannels != 1 || kernel.OutChannels != x.Channels)
        {
            throw new LessonException(
                $"Поканальна згортка: вхід {x.ShapeText} потребує ваг [{x.Channels}, 1, kH, kW], а вони {kernel.ShapeText}.",
                $"Depthwise conv: input {x.ShapeText} needs weights [{x.Channels}, 1, kH, kW], got {kernel.ShapeText}.");
        }
    }
}
