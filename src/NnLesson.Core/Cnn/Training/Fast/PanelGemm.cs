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
            Interleave(a.Data, a.Offset + q * Rows * a.RowStride, a.RowStride, a.ColStride, rows, k, panel, Rows);
        }
    }

    /// <summary>dst[p, i, j] = B[i, p·16 + j] (0 past column N).</summary>
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
            Interleave(b.Data, b.Offset + p * Cols * b.ColStride, b.ColStride, b.RowStride, cols, k, panel, Cols);
        }
    }

    /// <summary>
    /// panel[i·width + l] = data[start + l·lineStride + i·step] for lines l &lt; lines and steps i &lt; k: the packing of
    /// both sides (a line is a row of A or a column of B). The bounds are checked once, then the loops use references.
    /// </summary>
    private static void Interleave(float[] data, int start, int lineStride, int step, int lines, int k, Span<float> panel, int width)
    {
        var last = start + (lines - 1) * lineStride + (k - 1) * step;
        if (start < 0 || last >= data.Length || panel.Length < k * width)
        {
            throw new ArgumentOutOfRangeException(nameof(data), "The packed matrix reaches outside its array.");
        }
        ref var source = ref data[start];
        ref var target = ref MemoryMarshal.GetReference(panel);
        if (lineStride == 1)
        {
            // The lines of one step lie side by side: one short copy per step.
            for (var i = 0; i < k; i++)
            {
                ShortRuns.Copy(in Unsafe.Add(ref source, i * step), ref Unsafe.Add(ref target, i * width), lines);
            }
            return;
        }
        // Each line is read in order (step 1 for a row-major source); the writes go width floats apart, in blocks of
        // steps whose part of the panel (block·width floats) stays in L1 while every line passes through it.
        const int block = 64;
        for (var i0 = 0; i0 < k; i0 += block)
        {
            var i1 = Math.Min(k, i0 + block);
            for (var l = 0; l < lines; l++)
            {
                ref var line = ref Unsafe.Add(ref source, l * lineStride);
                ref var column = ref Unsafe.Add(ref target, l);
                for (var i = i0; i < i1; i++)
                {
                    Unsafe.Add(ref column, i * width) = Unsafe.Add(ref line, i * step);
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
        // Column tiles outer: one B tile (K×32 floats) is read from memory once and reused by every row tile from L1/L2;
        // A (the weights or dY, a few rows) stays cached across the column tiles.
        for (int p = 0, ps; p < colPanels; p += ps)
        {
            ps = Math.Min(colStep, colPanels - p);
            ref var b = ref Unsafe.Add(ref b0, p * k * Cols);
            var cols = Math.Min(ps * Cols, n - p * Cols);
            for (int q = 0, qs; q < rowPanels; q += qs)
            {
                qs = Math.Min(rowStep, rowPanels - q);
                ref var a = ref Unsafe.Add(ref a0, q * k * Rows);
                var rows = Math.Min(qs * Rows, m - q * Rows);
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
