using NnLesson.Core.Cnn.Fast;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// A general matrix product for training on the convolution engine's micro-kernels (<see cref="GemmMicroKernels"/>):
/// <code>C[M, N] (+)= A[M, K] · B[K, N]</code>
/// A is packed k-major in panels of 6 rows ([⌈M/6⌉, K, 6], as <see cref="PackedConvKernel"/> packs weights), B in panels
/// of 16 columns ([⌈N/16⌉, K, 16], as <see cref="ConvPatchPacker"/> packs patches); rows past M and columns past N are 0.
/// Either side may be packed once and reused (the weights within one mini-batch). K is taken whole: in LeNet K ≤ 800 for
/// the forward and dX products and K = positions (≤ 784) for dW, so a B panel (≤ 51 KB) stays in the core's L2 cache.
/// </summary>
internal static class PanelGemm
{
    public const int Rows = GemmMicroKernels.Rows;
    public const int Cols = GemmMicroKernels.Cols;

    public static int PackedALength(int m, int k) => (m + Rows - 1) / Rows * k * Rows;

    public static int PackedBLength(int k, int n) => (n + Cols - 1) / Cols * k * Cols;

    /// <summary>dst[q, i, r] = A[q·6 + r, i] (0 past row M).</summary>
    public static void PackA(MatrixView a, int m, int k, Span<float> dst)
    {
        var panels = (m + Rows - 1) / Rows;
        for (var q = 0; q < panels; q++)
        {
            var panel = dst.Slice(q * k * Rows, k * Rows);
            var rows = Math.Min(Rows, m - q * Rows);
            if (rows < Rows)
            {
                panel.Clear();
            }
            for (var r = 0; r < rows; r++)
            {
                var rowStart = a.Offset + (q * Rows + r) * a.RowStride;
                for (var i = 0; i < k; i++)
                {
                    panel[i * Rows + r] = a.Data[rowStart + i * a.ColStride];
                }
            }
        }
    }

    /// <summary>dst[p, i, j] = B[i, p·16 + j] (0 past column N); a row-major B copies 16 values at a time.</summary>
    public static void PackB(MatrixView b, int k, int n, Span<float> dst)
    {
        var panels = (n + Cols - 1) / Cols;
        for (var p = 0; p < panels; p++)
        {
            var panel = dst.Slice(p * k * Cols, k * Cols);
            var cols = Math.Min(Cols, n - p * Cols);
            if (cols < Cols)
            {
                panel.Clear();
            }
            if (b.ColStride == 1)
            {
                for (var i = 0; i < k; i++)
                {
                    b.Data.AsSpan(b.Offset + i * b.RowStride + p * Cols, cols).CopyTo(panel.Slice(i * Cols, cols));
                }
                continue;
            }
            for (var j = 0; j < cols; j++)
            {
                var columnStart = b.Offset + (p * Cols + j) * b.ColStride;
                for (var i = 0; i < k; i++)
                {
                    panel[i * Cols + j] = b.Data[columnStart + i * b.RowStride];
                }
            }
        }
    }

    /// <summary>
    /// C[M, N] = A·B, or C += A·B when <paramref name="accumulate"/>; C row-major with rows <paramref name="ldc"/> apart from
    /// <paramref name="cOffset"/>. Whole tiles are written by the micro-kernel in place; edge tiles are summed in a scratch
    /// tile and only the part that exists is kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ConvMicroKernel kernel, int m, int n, int k, ReadOnlySpan<float> packedA, ReadOnlySpan<float> packedB,
        Span<float> c, int cOffset, int ldc, bool accumulate)
    {
        int rowStep = GemmMicroKernels.RowPanelsPerTile(kernel), colStep = GemmMicroKernels.ColPanelsPerTile(kernel);
        int rowPanels = (m + Rows - 1) / Rows, colPanels = (n + Cols - 1) / Cols;
        nuint aNext = (nuint)(k * Rows), bNext = (nuint)(k * Cols);
        Span<float> scratch = stackalloc float[GemmMicroKernels.MaxTileRows * GemmMicroKernels.MaxTileCols];
        const int scratchStride = GemmMicroKernels.MaxTileCols;
        ref var a0 = ref MemoryMarshal.GetReference(packedA);
        ref var b0 = ref MemoryMarshal.GetReference(packedB);
        for (int q = 0, qs; q < rowPanels; q += qs)
        {
            qs = Math.Min(rowStep, rowPanels - q);
            ref var a = ref Unsafe.Add(ref a0, q * k * Rows);
            var rows = Math.Min(qs * Rows, m - q * Rows);
            for (int p = 0, ps; p < colPanels; p += ps)
            {
                ps = Math.Min(colStep, colPanels - p);
                ref var b = ref Unsafe.Add(ref b0, p * k * Cols);
                var cols = Math.Min(ps * Cols, n - p * Cols);
                var origin = cOffset + q * Rows * ldc + p * Cols;
                if (rows == qs * Rows && cols == GemmMicroKernels.TileWidth(kernel, cols))
                {
                    GemmMicroKernels.Multiply(kernel, k, ref a, qs, aNext, ref b, cols, bNext, ref c[origin], ldc, overwrite: !accumulate);
                    continue;
                }
                GemmMicroKernels.Multiply(kernel, k, ref a, qs, aNext, ref b, cols, bNext, ref scratch[0], scratchStride, overwrite: true);
                for (var r = 0; r < rows; r++)
                {
                    var from = scratch.Slice(r * scratchStride, cols);
                    var to = c.Slice(origin + r * ldc, cols);
                    if (accumulate)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Add(to, from, to);
                    }
                    else
                    {
                        from.CopyTo(to);
                    }
                }
            }
        }
    }
}
