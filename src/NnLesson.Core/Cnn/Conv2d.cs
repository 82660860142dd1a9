namespace NnLesson.Core.Cnn;

/// <summary>
/// 2-D convolution (cross-correlation, as every deep-learning library computes it), readable reference:
/// <code>y[o, i, j] = b[o] + Σ_c Σ_u Σ_v w[o, c, u, v] · x[c, i·s + u − pad_top, j·s + v − pad_left]</code>
/// with x: [C, H, W], w: [outC, C, kH, kW], b: [outC], y: [outC, H′, W′],
/// H′ = ⌊(H + pad_top + pad_bottom − kH) / s⌋ + 1 (likewise W′); x outside the image reads as 0 (zero padding).
/// The loops below are the formula (output channels run in parallel, each a plain loop); <see cref="Fast.Conv2dFast"/> computes the same numbers quickly.
/// </summary>
public static class Conv2d
{
    public static (int Height, int Width) OutputSize(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad) =>
        (Padding2d.OutputSize(x.Height, kernel.Height, stride, pad.Top, pad.Bottom),
         Padding2d.OutputSize(x.Width, kernel.Width, stride, pad.Left, pad.Right));

    public static ChwTensor Forward(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad)
    {
        CheckChannels(x, kernel);
        var (outH, outW) = OutputSize(x, kernel, stride, pad);
        var y = ChwTensor.Zeros(kernel.OutChannels, outH, outW); // [outC, H′, W′]
        // Output channels are independent: one per task, so both cores share the work.
        Parallel.For(0, kernel.OutChannels, o =>
        {
            for (var i = 0; i < outH; i++)
            {
                for (var j = 0; j < outW; j++)
                {
                    var sum = kernel.Bias[o];
                    for (var c = 0; c < kernel.InChannels; c++)
                    {
                        for (var u = 0; u < kernel.Height; u++)
                        {
                            var row = i * stride + u - pad.Top; // input row under kernel row u
                            if (row < 0 || row >= x.Height)
                            {
                                continue; // zero padding contributes 0
                            }
                            for (var v = 0; v < kernel.Width; v++)
                            {
                                var col = j * stride + v - pad.Left;
                                if (col >= 0 && col < x.Width)
                                {
                                    sum += kernel.Weight(o, c, u, v) * x[c, row, col];
                                }
                            }
                        }
                    }
                    y[o, i, j] = sum;
                }
            }
        });
        return y;
    }

    internal static void CheckChannels(ChwTensor x, ConvKernel kernel)
    {
        if (x.Channels != kernel.InChannels)
        {
            throw new LessonException(
                $"Conv: кількість каналів входу {x.ShapeText} — {x.Channels}, а ваги {kernel.ShapeText} чекають {kernel.InChannels}.",
                $"Conv: input has {x.Channels} channels {x.ShapeText}, the weights {kernel.ShapeText} expect {kernel.InChannels}.");
        }
    }
}
