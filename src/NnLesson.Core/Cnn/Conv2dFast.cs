using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NnLesson.Core.Cnn;

/// <summary>
/// The fast path of <see cref="Conv2d"/>: the same y[o, i, j], computed as one matrix product
/// <code>Y[outC, H′·W′] = A[outC, K] · B[K, H′·W′] + b,   K = inC·kH·kW</code>
/// where column n = (i, j) of B holds the input patch under the kernel at output position (i, j) (im2col).
/// B is written straight into panels of 16 columns (k-major, so the kernel streams it), A comes packed
/// (<see cref="PackedConvKernel"/>), and a 6×16 register tile of Vector256 accumulators does
/// 12 fused multiply-adds per k (the BLIS micro-kernel design). K is cut into blocks of 256 so a tile's
/// slices of A and B stay in L1/L2; tiles of 48 channels × 128 positions are spread over the cores.
/// An optional ReLU is applied to each tile once its sum is complete (the Conv→BN→ReLU of ResNet,
/// with BN already folded into the weights).
/// </summary>
public static class Conv2dFast
{
    private const int Cols = 16;                  // columns per B panel = two Vector256<float>
    private const int Rows = PackedConvKernel.Rows;
    private const int KBlock = 256;               // k values per pass over a tile
    private const int RowPanelsPerTile = 8;       // 48 output channels
    private const int ColPanelsPerTile = 8;       // 128 output positions

    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    public static ChwTensor Forward(ChwTensor x, PackedConvKernel packed, int stride, Padding2d pad, bool relu = false, int threads = 0)
    {
        var kernel = packed.Kernel;
        Conv2d.CheckChannels(x, kernel);
        var (outH, outW) = Conv2d.OutputSize(x, kernel, stride, pad);
        int m = kernel.OutChannels, n = outH * outW, k = kernel.FilterLength;
        var colPanels = (n + Cols - 1) / Cols;
        var b = ArrayPool<float>.Shared.Rent(colPanels * k * Cols);
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
            var geometry = new Geometry(x, kernel, stride, pad, outW, n);
            // im2col, 8 panels per work item so the scheduling cost stays small.
            var packChunks = (colPanels + 7) / 8;
            Parallel.For(0, packChunks, options, chunk =>
            {
                for (var p = chunk * 8; p < Math.Min(colPanels, chunk * 8 + 8); p++)
                {
                    PackColumns(geometry, p, b.AsSpan(p * k * Cols, k * Cols));
                }
            });

            var y = new float[m * n];
            for (var o = 0; o < m; o++)
            {
                y.AsSpan(o * n, n).Fill(kernel.Bias[o]); // the product adds onto the bias
            }
            var rowTiles = (packed.PanelCount + RowPanelsPerTile - 1) / RowPanelsPerTile;
            var colTiles = (colPanels + ColPanelsPerTile - 1) / ColPanelsPerTile;
            Parallel.For(0, rowTiles * colTiles, options, tile =>
                MultiplyTile(packed, b, y, m, n, k, tile / colTiles, tile % colTiles, colPanels, relu));
            return new ChwTensor(m, outH, outW, y);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(b);
        }
    }

    private readonly record struct Geometry(ChwTensor X, ConvKernel Kernel, int Stride, Padding2d Pad, int OutW, int N);

    /// <summary>
    /// B panel p: panel[k·16 + j] = x[c, i·s + u − pad_top, j′·s + v − pad_left] for k = (c, u, v) and
    /// output position n = 16p + j = (i, j′); 0 in the padding and past the last position.
    /// The 16 positions fall into at most a few runs along one output row each; within a run consecutive
    /// positions read inputs s apart, so for stride 1 a run is one block copy (plus zeros where it leaves the image).
    /// </summary>
    private static void PackColumns(in Geometry g, int p, Span<float> panel)
    {
        // Runs: (first j, length, input row of kernel row 0, input column of kernel column 0 for the first j).
        Span<int> runStart = stackalloc int[Cols];
        Span<int> runLength = stackalloc int[Cols];
        Span<int> runRow = stackalloc int[Cols];
        Span<int> runCol = stackalloc int[Cols];
        var runs = 0;
        var valid = Math.Clamp(g.N - p * Cols, 0, Cols);
        for (var j = 0; j < valid;)
        {
            var (i, jj) = Math.DivRem(p * Cols + j, g.OutW);
            var length = Math.Min(valid - j, g.OutW - jj);
            (runStart[runs], runLength[runs], runRow[runs], runCol[runs]) = (j, length, i * g.Stride - g.Pad.Top, jj * g.Stride - g.Pad.Left);
            runs++;
            j += length;
        }
        var x = g.X;
        var data = x.Data;
        int kh = g.Kernel.Height, kw = g.Kernel.Width, h = x.Height, w = x.Width, stride = g.Stride;
        var k = 0;
        for (var c = 0; c < x.Channels; c++)
        {
            for (var u = 0; u < kh; u++)
            {
                for (var v = 0; v < kw; v++, k++)
                {
                    var dst = panel.Slice(k * Cols, Cols);
                    if (valid < Cols)
                    {
                        dst[valid..].Clear(); // positions past the end of the output
                    }
                    for (var r = 0; r < runs; r++)
                    {
                        var run = dst.Slice(runStart[r], runLength[r]);
                        var row = runRow[r] + u;
                        if (row < 0 || row >= h)
                        {
                            run.Clear(); // the whole run reads a padding row
                            continue;
                        }
                        var rowData = data.AsSpan((c * h + row) * w, w);
                        var col0 = runCol[r] + v;
                        if (stride == 1)
                        {
                            // Positions t with 0 ≤ col0 + t < w are inside; the others are padding.
                            int lo = Math.Clamp(-col0, 0, run.Length), hi = Math.Clamp(w - col0, lo, run.Length);
                            run[..lo].Clear();
                            if (hi > lo)
                            {
                                rowData.Slice(col0 + lo, hi - lo).CopyTo(run[lo..hi]);
                            }
                            run[hi..].Clear();
                        }
                        else
                        {
                            for (var t = 0; t < run.Length; t++)
                            {
                                var col = col0 + t * stride;
                                run[t] = col >= 0 && col < w ? rowData[col] : 0f;
                            }
                        }
                    }
                }
            }
        }
    }

    private static void MultiplyTile(PackedConvKernel packed, float[] b, float[] y, int m, int n, int k,
        int rowTile, int colTile, int colPanels, bool relu)
    {
        var q0 = rowTile * RowPanelsPerTile;
        var q1 = Math.Min(packed.PanelCount, q0 + RowPanelsPerTile);
        var p0 = colTile * ColPanelsPerTile;
        var p1 = Math.Min(colPanels, p0 + ColPanelsPerTile);
        Span<float> scratch = stackalloc float[Rows * Cols];
        for (var k0 = 0; k0 < k; k0 += KBlock)
        {
            var kc = Math.Min(KBlock, k - k0);
            for (var q = q0; q < q1; q++)
            {
                ref var a = ref packed.Panels[(q * k + k0) * Rows];
                var rows = Math.Min(Rows, m - q * Rows);
                for (var p = p0; p < p1; p++)
                {
                    ref var bp = ref b[(p * k + k0) * Cols];
                    var cols = Math.Min(Cols, n - p * Cols);
                    var origin = q * Rows * n + p * Cols;
                    if (rows == Rows && cols == Cols)
                    {
                        MicroKernel(kc, ref a, ref bp, ref y[origin], n);
                    }
                    else
                    {
                        // An edge tile: work on a full 6×16 copy and write back only the part that exists.
                        scratch.Clear();
                        for (var r = 0; r < rows; r++)
                        {
                            y.AsSpan(origin + r * n, cols).CopyTo(scratch.Slice(r * Cols, cols));
                        }
                        MicroKernel(kc, ref a, ref bp, ref scratch[0], Cols);
                        for (var r = 0; r < rows; r++)
                        {
                            scratch.Slice(r * Cols, cols).CopyTo(y.AsSpan(origin + r * n, cols));
                        }
                    }
                }
            }
        }
        if (relu)
        {
            var firstCol = p0 * Cols;
            var width = Math.Min(n, p1 * Cols) - firstCol;
            for (var o = q0 * Rows; o < Math.Min(m, q1 * Rows); o++)
            {
                var row = y.AsSpan(o * n + firstCol, width);
                System.Numerics.Tensors.TensorPrimitives.Max(row, 0f, row);
            }
        }
    }

    /// <summary>C[6, 16] += A[6, kc] · B[kc, 16] with A, B packed k-major and C rows ldc apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel(int kc, ref float a, ref float b, ref float c, int ldc)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            ScalarKernel(kc, ref a, ref b, ref c, ldc);
            return;
        }
        nuint s = (nuint)ldc;
        var c00 = Vector256.LoadUnsafe(ref c); var c01 = Vector256.LoadUnsafe(ref c, 8);
        var c10 = Vector256.LoadUnsafe(ref c, s); var c11 = Vector256.LoadUnsafe(ref c, s + 8);
        var c20 = Vector256.LoadUnsafe(ref c, 2 * s); var c21 = Vector256.LoadUnsafe(ref c, 2 * s + 8);
        var c30 = Vector256.LoadUnsafe(ref c, 3 * s); var c31 = Vector256.LoadUnsafe(ref c, 3 * s + 8);
        var c40 = Vector256.LoadUnsafe(ref c, 4 * s); var c41 = Vector256.LoadUnsafe(ref c, 4 * s + 8);
        var c50 = Vector256.LoadUnsafe(ref c, 5 * s); var c51 = Vector256.LoadUnsafe(ref c, 5 * s + 8);
        for (nuint i = 0; i < (nuint)kc; i++)
        {
            var b0 = Vector256.LoadUnsafe(ref b, i * Cols);
            var b1 = Vector256.LoadUnsafe(ref b, i * Cols + 8);
            ref var ai = ref Unsafe.Add(ref a, i * Rows);
            var a0 = Vector256.Create(ai);
            c00 = Fma(a0, b0, c00); c01 = Fma(a0, b1, c01);
            var a1 = Vector256.Create(Unsafe.Add(ref ai, 1));
            c10 = Fma(a1, b0, c10); c11 = Fma(a1, b1, c11);
            var a2 = Vector256.Create(Unsafe.Add(ref ai, 2));
            c20 = Fma(a2, b0, c20); c21 = Fma(a2, b1, c21);
            var a3 = Vector256.Create(Unsafe.Add(ref ai, 3));
            c30 = Fma(a3, b0, c30); c31 = Fma(a3, b1, c31);
            var a4 = Vector256.Create(Unsafe.Add(ref ai, 4));
            c40 = Fma(a4, b0, c40); c41 = Fma(a4, b1, c41);
            var a5 = Vector256.Create(Unsafe.Add(ref ai, 5));
            c50 = Fma(a5, b0, c50); c51 = Fma(a5, b1, c51);
        }
        c00.StoreUnsafe(ref c); c01.StoreUnsafe(ref c, 8);
        c10.StoreUnsafe(ref c, s); c11.StoreUnsafe(ref c, s + 8);
        c20.StoreUnsafe(ref c, 2 * s); c21.StoreUnsafe(ref c, 2 * s + 8);
        c30.StoreUnsafe(ref c, 3 * s); c31.StoreUnsafe(ref c, 3 * s + 8);
        c40.StoreUnsafe(ref c, 4 * s); c41.StoreUnsafe(ref c, 4 * s + 8);
        c50.StoreUnsafe(ref c, 5 * s); c51.StoreUnsafe(ref c, 5 * s + 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        System.Runtime.Intrinsics.X86.Fma.IsSupported ? System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c) : a * b + c;

    private static void ScalarKernel(int kc, ref float a, ref float b, ref float c, int ldc)
    {
        for (var i = 0; i < kc; i++)
        {
            for (var r = 0; r < Rows; r++)
            {
                var ar = Unsafe.Add(ref a, i * Rows + r);
                for (var j = 0; j < Cols; j++)
                {
                    Unsafe.Add(ref c, r * ldc + j) += ar * Unsafe.Add(ref b, i * Cols + j);
                }
            }
        }
    }
}
