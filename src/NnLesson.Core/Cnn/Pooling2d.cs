namespace NnLesson.Core.Cnn;

/// <summary>
/// Max and average pooling over kH×kW windows with a stride and per-side padding, x: [C, H, W] → y: [C, H′, W′]:
/// <code>max:     y[c, i, j] = max over (u, v) in the window of x[c, i·s + u − pad_top, j·s + v − pad_left]
/// average: y[c, i, j] = (1 / n) · Σ over the same window, n = the number of window cells inside the image</code>
/// Cells in the padding are skipped: max pooling pads with −∞, average pooling does not count them
/// (ONNX count_include_pad = 0, its default).
/// </summary>
public static class Pooling2d
{
    public static ChwTensor Max(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad) =>
        Pool(x, kernelH, kernelW, stride, pad, average: false);

    public static ChwTensor Average(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad) =>
        Pool(x, kernelH, kernelW, stride, pad, average: true);

    /// <summary>Global average pooling: y[c] = (1 / (H·W)) · Σ_i Σ_j x[c, i, j], [C, H, W] → [C, 1, 1].</summary>
    public static ChwTensor GlobalAverage(ChwTensor x)
    {
        var y = new float[x.Channels];
        for (var c = 0; c < x.Channels; c++)
        {
            var sum = 0.0; // double: 12 544 terms would lose float bits
            for (var i = 0; i < x.Height; i++)
            {
                for (var j = 0; j < x.Width; j++)
                {
                    sum += x[c, i, j];
                }
            }
            y[c] = (float)(sum / x.PlaneSize);
        }
        return ChwTensor.Vector(y);
    }

    private static ChwTensor Pool(ChwTensor x, int kernelH, int kernelW, int stride, Padding2d pad, bool average)
    {
        var outH = Padding2d.OutputSize(x.Height, kernelH, stride, pad.Top, pad.Bottom);
        var outW = Padding2d.OutputSize(x.Width, kernelW, stride, pad.Left, pad.Right);
        var y = ChwTensor.Zeros(x.Channels, outH, outW);
        // Channels are pooled independently: one per task, so both cores share the work.
        try
        {
            Parallel.For(0, x.Channels, c => PoolChannel(x, y, c, kernelH, kernelW, stride, pad, average));
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is LessonException lesson)
        {
            throw lesson; // one clear line, as if the loop had run on this thread
        }
        return y;
    }

    private static void PoolChannel(ChwTensor x, ChwTensor y, int c, int kernelH, int kernelW, int stride, Padding2d pad, bool average)
    {
        int outH = y.Height, outW = y.Width;
        for (var i = 0; i < outH; i++)
        {
            for (var j = 0; j < outW; j++)
            {
                var best = float.NegativeInfinity;
                var sum = 0f;
                var count = 0;
                for (var u = 0; u < kernelH; u++)
                {
                    var row = i * stride + u - pad.Top;
                    for (var v = 0; v < kernelW; v++)
                    {
                        var col = j * stride + v - pad.Left;
                        if (row < 0 || row >= x.Height || col < 0 || col >= x.Width)
                        {
                            continue; // a padding cell
                        }
                        var value = x[c, row, col];
                        best = MathF.Max(best, value);
                        sum += value;
                        count++;
                    }
                }
                if (count == 0)
                {
                    throw new LessonException(
                        $"Вікно пулінгу {kernelH}×{kernelW} у ({i}, {j}) цілком лежить у доповненні {pad}.",
                        $"A {kernelH}×{kernelW} pooling window at ({i}, {j}) lies entirely in the padding {pad}.");
                }
                y[c, i, j] = average ? sum / count : best;
            }
        }
    }
}
