namespace NnLesson.Core.Cnn;

/// <summary>
/// The fast path of <see cref="Pooling2d"/>'s max and average pooling: the same windows and the same rule for
/// padding cells (skipped), but each window's rows and columns are clipped to the image once, before the loop,
/// instead of testing every cell, and the planes are read as flat spans on the requested number of threads.
/// </summary>
public static class Pooling2dFast
{
    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    public static ChwTensor Max(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, int threads = 0) =>
        Pool(x, kernelH, kernelW, stride, pad, average: false, threads);

    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    public static ChwTensor Average(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, int threads = 0) =>
        Pool(x, kernelH, kernelW, stride, pad, average: true, threads);

    private static ChwTensor Pool(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, bool average, int threads)
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
                    throw new LessonException($"A {kernelH}×{kernelW} pooling window at ({i}, {j}) lies entirely in the padding {pad}.");
                }
            }
        }
        var y = new float[x.Channels * outH * outW];
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var chunk = (x.Channels + threads - 1) / threads;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var c = t * chunk; c < Math.Min(x.Channels, (t + 1) * chunk); c++)
            {
                PoolPlane(x.Data.AsSpan(c * x.PlaneSize, x.PlaneSize), x.Width, y.AsSpan(c * outH * outW, outH * outW), rows, cols, average);
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

    private static void PoolPlane(ReadOnlySpan<float> plane, int width, Span<float> output, (int Start, int End)[] rows, (int Start, int End)[] cols, bool average)
    {
        var outW = cols.Length;
        for (var i = 0; i < rows.Length; i++)
        {
            var (r0, r1) = rows[i];
            for (var j = 0; j < outW; j++)
            {
                var (c0, c1) = cols[j];
                var best = float.NegativeInfinity;
                var sum = 0f;
                for (var r = r0; r < r1; r++)
                {
                    var line = plane.Slice(r * width + c0, c1 - c0);
                    foreach (var value in line)
                    {
                        best = MathF.Max(best, value);
                        sum += value;
                    }
                }
                output[i * outW + j] = average ? sum / ((r1 - r0) * (c1 - c0)) : best;
            }
        }
    }
}
