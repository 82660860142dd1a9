using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// The fast path of <see cref="Pooling2d"/>'s max and average pooling: the same windows and the same rule for
/// padding cells (skipped), but each window's rows and columns are clipped to the image once, before the loop,
/// instead of testing every cell, and the planes are read as flat spans on the requested number of threads.
/// </summary>
public static class Pooling2dFast
{
    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    /// <param name="buffers">Where the output's array comes from; null allocates a new one.</param>
    public static ChwTensor Max(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, int threads = 0, CnnBufferPool? buffers = null) =>
        Pool(x, kernelH, kernelW, stride, pad, average: false, threads, buffers);

    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    /// <param name="buffers">Where the output's array comes from; null allocates a new one.</param>
    public static ChwTensor Average(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, int threads = 0, CnnBufferPool? buffers = null) =>
        Pool(x, kernelH, kernelW, stride, pad, average: true, threads, buffers);

    private static ChwTensor Pool(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, bool average, int threads, CnnBufferPool? buffers)
    {
        var outH = Padding2d.OutputSize(x.Height, kernelH, stride, pad.Top, pad.Bottom);
        var outW = Padding2d.OutputSize(x.Width, kernelW, stride, pad.Left, pad.Right);
        var rows = Clip(outH, x.Height, kernelH, stride, pad.Top);
        var cols = Clip(outW, x.Width, kernelW, stride, pad.Left);
        for (var i = 0; i < outH; i++)
        {
            for (var j = 0; j < outW; j++)
            {
                if (rows[i].Start >= rows[i].End || cols[j].Start >= cols[j].End)
                {
                    throw new LessonException(
                        $"Вікно пулінгу {kernelH}×{kernelW} у ({i}, {j}) цілком лежить у доповненні {pad}.",
                        $"A {kernelH}×{kernelW} pooling window at ({i}, {j}) lies entirely in the padding {pad}.");
                }
            }
        }
        var y = CnnBufferPool.RentOrAllocate(buffers, x.Channels * outH * outW); // every value is written below
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var chunk = (x.Channels + threads - 1) / threads;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var c = t * chunk; c < Math.Min(x.Channels, (t + 1) * chunk); c++)
            {
                PoolPlane(x.Data.AsSpan(c * x.PlaneSize, x.PlaneSize), x.Width, y.AsSpan(c * outH * outW, outH * outW), rows, cols, average,
                    kernelW, stride, pad.Left);
            }
        });
        return new ChwTensor(x.Channels, outH, outW, y);
    }

    /// <summary>For each output index, the input range [Start, End) its window covers inside the image.</summary>
    private static (int Start, int End)[] Clip(int outSize, int inSize, int window, int stride, int padBegin)
    {
        var ranges = new (int, int)[outSize];
        for (var i = 0; i < outSize; i++)
        {
            var first = i * stride - padBegin;
            ranges[i] = (Math.Max(0, first), Math.Min(inSize, first + window));
        }
        return ranges;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PoolPlane(ReadOnlySpan<float> plane, int width, Span<float> output, (int Start, int End)[] rows, (int Start, int End)[] cols, bool average,
        int kernelW, int stride, int padLeft)
    {
        if (!average)
        {
            MaxPlane(plane, width, output, rows, cols, kernelW, stride, padLeft);
            return;
        }
        var outW = cols.Length;
        for (var i = 0; i < rows.Length; i++)
        {
            var (r0, r1) = rows[i];
            for (var j = 0; j < outW; j++)
            {
                var (c0, c1) = cols[j];
                var sum = 0f; // row by row, left to right: the readable loop's order, so the same rounding
                for (var r = r0; r < r1; r++)
                {
                    foreach (var value in plane.Slice(r * width + c0, c1 - c0))
                    {
                        sum += value;
                    }
                }
                output[i * outW + j] = sum / ((r1 - r0) * (c1 - c0));
            }
        }
    }

    /// <summary>
    /// Max is separable and exact in any order: first the max down the window's rows for every column of the
    /// plane (whole rows at once, SIMD), then across: the max of every kW consecutive values of that row (SIMD again),
    /// from which each output whose window lies inside the row just reads its value. Only the few windows cut by the
    /// left or right padding are computed one by one. (No compare per value chosen by branches: on real data the
    /// branch is a coin toss; bench/RESULTS-design-notes.md.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxPlane(ReadOnlySpan<float> plane, int width, Span<float> output, (int Start, int End)[] rows, (int Start, int End)[] cols,
        int kernelW, int stride, int padLeft)
    {
        var outW = cols.Length;
        var whole = Math.Max(0, width - kernelW + 1); // window starts with all kW columns inside the row
        Span<float> down = width <= 1024 ? stackalloc float[width] : new float[width];
        Span<float> across = whole <= 1024 ? stackalloc float[whole] : new float[whole];
        for (var i = 0; i < rows.Length; i++)
        {
            var (r0, r1) = rows[i];
            plane.Slice(r0 * width, width).CopyTo(down);
            for (var r = r0 + 1; r < r1; r++)
            {
                MaxInto(down, plane.Slice(r * width, width));
            }
            down[..whole].CopyTo(across);
            for (var v = 1; v < kernelW; v++)
            {
                MaxInto(across, down.Slice(v, whole));
            }
            var line = output.Slice(i * outW, outW);
            for (var j = 0; j < outW; j++)
            {
                var first = j * stride - padLeft;
                if (first >= 0 && first < whole)
                {
                    line[j] = across[first];
                    continue;
                }
                var (c0, c1) = cols[j];
                var best = down[c0];
                for (var c = c0 + 1; c < c1; c++)
                {
                    best = MathF.Max(best, down[c]);
                }
                line[j] = best;
            }
        }
    }

    /// <summary>target[i] = max(target[i], row[i]), 8 at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxInto(Span<float> target, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var t = ref MemoryMarshal.GetReference(target);
            ref var r = ref MemoryMarshal.GetReference(row);
            for (; i + 8 <= target.Length; i += 8)
            {
                Vector256.Max(Vector256.LoadUnsafe(ref t, (nuint)i), Vector256.LoadUnsafe(ref r, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
            }
        }
        for (; i < target.Length; i++)
        {
            target[i] = row[i] > target[i] ? row[i] : target[i];
        }
    }
}
