using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// The fast path of <see cref="Conv2d"/>: the same y[o, i, j], computed as one matrix product
/// <code>Y[outC, H′·W′] = A[outC, K] · B[K, H′·W′] + b,   K = inC·kH·kW</code>
/// where column n = (i, j) of B holds the input patch under the kernel at output position (i, j) (im2col).
/// The product is cut into blocks (<see cref="ConvWorkSplit"/>) that the threads take one at a time. A block
/// walks K in steps of 256: it packs its own slice of B into panels of 16 columns (<see cref="ConvPatchPacker"/>,
/// so B never exists whole and stays in the core's cache), then runs the register-tiled micro-kernel
/// (<see cref="GemmMicroKernels"/>; 12×32 with AVX-512, two A panels by two B panels) over the block's A panels
/// (<see cref="PackedConvKernel"/>) and B panels.
/// When the block's sums are complete its epilogue adds the bias and applies ReLU while the block is still in
/// cache (the Conv→BN→ReLU of ResNet, with BN already folded into the weights).
/// </summary>
public static class Conv2dFast
{
    private const int Cols = GemmMicroKernels.Cols;
    private const int Rows = GemmMicroKernels.Rows;
    private const int KBlock = 256; // k values per pass over a block

    /// <param name="threads">Threads to use; 0 or less means every core.</param>
    /// <param name="microKernel">The inner kernel; <see cref="ConvMicroKernel.Best"/> except in tests of the fallbacks.</param>
    /// <param name="buffers">Where the output's array comes from; null allocates a new one.</param>
    public static ChwTensor Forward(ChwTensor x, PackedConvKernel packed, int stride, Padding2d pad, bool relu = false, int threads = 0,
        ConvMicroKernel microKernel = ConvMicroKernel.Best, CnnBufferPool? buffers = null)
    {
        var kernel = packed.Kernel;
        Conv2d.CheckChannels(x, kernel);
        var (outH, outW) = Conv2d.OutputSize(x, kernel, stride, pad);
        var shape = new GemmShape(kernel.OutChannels, outH * outW, kernel.FilterLength);
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var split = ConvWorkSplit.For(packed.PanelCount, (shape.N + Cols - 1) / Cols, threads);
        var y = CnnBufferPool.RentOrAllocate(buffers, shape.M * shape.N); // every value is written by the first pass over K
        using var packer = new ConvPatchPacker(x, kernel, stride, pad, outW, shape.N, threads);
        // Several blocks over the same columns would each pack the same B: when B is small enough
        // (late layers: few positions, many channels), pack it once, shared, and let the blocks only multiply.
        var sharedLength = (long)shape.K * split.ColPanels * Cols;
        var shared = split.RowBlocks > 1 && sharedLength <= SharedBLimit ? ArrayPool<float>.Shared.Rent((int)sharedLength) : null;
        try
        {
            var job = new BlockJob(packed, packer, shared, y, shape, split, relu, GemmMicroKernels.Resolve(microKernel));
            if (shared is not null)
            {
                For(job.KSteps * split.ColBlocks, threads, job.PackShared);
            }
            For(split.Blocks, threads, job.Run);
        }
        finally
        {
            if (shared is not null)
            {
                ArrayPool<float>.Shared.Return(shared);
            }
        }
        return new ChwTensor(shape.M, outH, outW, y);
    }

    /// <summary>
    /// Whether this CPU can run <paramref name="microKernel"/>: <see cref="ConvMicroKernel.Best"/> and
    /// <see cref="ConvMicroKernel.Scalar"/> always; forcing one it cannot run makes <see cref="Forward"/> throw.
    /// </summary>
    public static bool Supports(ConvMicroKernel microKernel) => GemmMicroKernels.IsSupported(microKernel);

    /// <summary>The kernel <see cref="ConvMicroKernel.Best"/> stands for on this CPU.</summary>
    public static ConvMicroKernel BestMicroKernel => GemmMicroKernels.Resolve(ConvMicroKernel.Best);

    /// <summary>Largest B packed once for all blocks: 2 M floats (8 MB), within a laptop's L3 cache.</summary>
    private const long SharedBLimit = 1 << 21;

    private static void For(int count, int threads, Action<int> body)
    {
        if (threads == 1 || count == 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
        }
        else
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
        }
    }

    /// <summary>Y[M, N] = A[M, K] · B[K, N].</summary>
    private readonly record struct GemmShape(int M, int N, int K);

    /// <summary>
    /// The work of one convolution. B, when packed once for all blocks (<c>shared</c>), is laid out by steps of K,
    /// then panels, then k, then the 16 columns: step k0's panels p0 … p1−1 start at k0·colPanels·16 + p0·kc·16,
    /// the same [panel, kc, 16] layout a block packs for itself.
    /// </summary>
    private sealed class BlockJob(PackedConvKernel packed, ConvPatchPacker packer, float[]? shared, float[] y, GemmShape shape,
        ConvWorkSplit split, bool relu, ConvMicroKernel microKernel)
    {
        public int KSteps => (shape.K + KBlock - 1) / KBlock;

        /// <summary>Packs one step of K for one column block into the shared B.</summary>
        public void PackShared(int item)
        {
            var (step, colBlock) = Math.DivRem(item, split.ColBlocks);
            var (_, _, p0, p1) = split.Block(colBlock);
            int k0 = step * KBlock, kc = Math.Min(KBlock, shape.K - k0);
            packer.Pack(p0, p1, k0, kc, shared.AsSpan(SharedOffset(k0, kc, p0), (p1 - p0) * kc * Cols));
        }

        private int SharedOffset(int k0, int kc, int p0) => (k0 * split.ColPanels + p0 * kc) * Cols;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run(int block)
        {
            var (q0, q1, p0, p1) = split.Block(block);
            int m = shape.M, n = shape.N, k = shape.K;
            var own = shared is null ? ArrayPool<float>.Shared.Rent(Math.Min(KBlock, k) * (p1 - p0) * Cols) : null;
            // Tiles of 1 or 2 A panels × 1 or 2 B panels (AVX-512: 12 × 32; otherwise 6 × 16); an edge tile is summed in
            // a scratch tile of the largest size and only the part that exists is kept.
            int rowStep = GemmMicroKernels.RowPanelsPerTile(microKernel), colStep = GemmMicroKernels.ColPanelsPerTile(microKernel);
            Span<float> scratch = stackalloc float[GemmMicroKernels.MaxTileRows * GemmMicroKernels.MaxTileCols];
            const int scratchStride = GemmMicroKernels.MaxTileCols;
            var aNext = (nuint)(k * Rows); // from A panel q to q + 1: [K, 6] floats on
            try
            {
                for (var k0 = 0; k0 < k; k0 += KBlock)
                {
                    var kc = Math.Min(KBlock, k - k0);
                    var bNext = (nuint)(kc * Cols); // from B panel p to p + 1: [kc, 16] floats on
                    float[] bBlock;
                    int bStart;
                    if (own is not null)
                    {
                        packer.Pack(p0, p1, k0, kc, own);
                        (bBlock, bStart) = (own, 0);
                    }
                    else
                    {
                        (bBlock, bStart) = (shared!, SharedOffset(k0, kc, p0));
                    }
                    for (int q = q0, rowPanels; q < q1; q += rowPanels)
                    {
                        rowPanels = Math.Min(rowStep, q1 - q);
                        ref var a = ref packed.Panels[(q * k + k0) * Rows];
                        var rows = Math.Min(rowPanels * Rows, m - q * Rows);
                        for (int p = p0, colPanels; p < p1; p += colPanels)
                        {
                            colPanels = Math.Min(colStep, p1 - p);
                            ref var b = ref bBlock[bStart + (p - p0) * kc * Cols];
                            var cols = Math.Min(colPanels * Cols, n - p * Cols);
                            var origin = q * Rows * n + p * Cols;
                            if (rows == rowPanels * Rows && cols == GemmMicroKernels.TileWidth(microKernel, cols))
                            {
                                GemmMicroKernels.Multiply(microKernel, kc, ref a, rowPanels, aNext, ref b, cols, bNext, ref y[origin], n, overwrite: k0 == 0);
                                continue;
                            }
                            if (k0 == 0)
                            {
                                scratch.Clear();
                            }
                            else
                            {
                                for (var r = 0; r < rows; r++)
                                {
                                    y.AsSpan(origin + r * n, cols).CopyTo(scratch.Slice(r * scratchStride, cols));
                                }
                            }
                            GemmMicroKernels.Multiply(microKernel, kc, ref a, rowPanels, aNext, ref b, cols, bNext, ref scratch[0], scratchStride, overwrite: false);
                            for (var r = 0; r < rows; r++)
                            {
                                scratch.Slice(r * scratchStride, cols).CopyTo(y.AsSpan(origin + r * n, cols));
                            }
                        }
                    }
                }
            }
            finally
            {
                if (own is not null)
                {
                    ArrayPool<float>.Shared.Return(own);
                }
            }
            Epilogue(q0, q1, p0, p1);
        }

        /// <summary>y ← y + b[o], then max(0, y) if ReLU follows: on the block just computed, while it is in cache.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Epilogue(int q0, int q1, int p0, int p1)
        {
            int n = shape.N, firstCol = p0 * Cols, width = Math.Min(n, p1 * Cols) - firstCol;
            var bias = packed.Kernel.Bias;
            var floor = relu ? 0f : float.NegativeInfinity; // max(−∞, v) = v: no ReLU
            for (var o = q0 * Rows; o < Math.Min(shape.M, q1 * Rows); o++)
            {
                ref var row = ref y[o * n + firstCol];
                var j = 0;
                if (Vector256.IsHardwareAccelerated)
                {
                    Vector256<float> b = Vector256.Create(bias[o]), f = Vector256.Create(floor);
                    for (; j + 8 <= width; j += 8)
                    {
                        Vector256.Max(Vector256.LoadUnsafe(ref row, (nuint)j) + b, f).StoreUnsafe(ref row, (nuint)j);
                    }
                }
                for (; j < width; j++)
                {
                    var v = Unsafe.Add(ref row, j) + bias[o];
                    Unsafe.Add(ref row, j) = v > floor ? v : floor;
                }
            }
        }
    }
}
