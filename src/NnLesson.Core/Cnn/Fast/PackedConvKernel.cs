namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// Convolution weights rearranged once for <see cref="Conv2dFast"/>: the matrix A = w viewed as
/// [outC, K] (K = inC·kH·kW) cut into panels of <see cref="Rows"/> output channels, each stored k-major,
/// Panels[(q·K + k)·Rows + r] = A[q·Rows + r, k] (zero rows past outC). The micro-kernel then reads
/// the Rows weights it broadcasts for one k from consecutive addresses.
/// </summary>
public sealed class PackedConvKernel
{
    /// <summary>
    /// Output channels per panel: 6 rows × 16 columns of accumulators fill 12 of AVX2's 16 registers; the AVX-512
    /// kernel takes two panels at once (12 rows × 32 columns: 24 of its 32 registers).
    /// </summary>
    public const int Rows = 6;

    public PackedConvKernel(ConvKernel kernel)
    {
        Kernel = kernel;
        var k = kernel.FilterLength;
        PanelCount = (kernel.OutChannels + Rows - 1) / Rows;
        Panels = new float[PanelCount * k * Rows];
        for (var o = 0; o < kernel.OutChannels; o++)
        {
            int q = o / Rows, r = o % Rows;
            for (var i = 0; i < k; i++)
            {
                Panels[(q * k + i) * Rows + r] = kernel.Weights[o * k + i];
            }
        }
    }

    public ConvKernel Kernel { get; }

    public int PanelCount { get; }

    /// <summary>[PanelCount, K, Rows].</summary>
    public float[] Panels { get; }
}
