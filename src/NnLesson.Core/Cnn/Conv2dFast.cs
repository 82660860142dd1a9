using System.Buffers;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn;

/// <summary>
/// The fast path of <see cref="Conv2d"/>: the same y[o, i, j], computed as one matrix product
/// <code>Y[outC, H′·W′] = A[outC, K] · B[K, H′·W′] + b,   K = inC·kH·kW</code>
/// where column n = (i, j) of B holds the input patch under the kernel at output position (i, j) (im2col).
/// The product is cut into blocks (<see cref="ConvWorkSplit"/>) that the threads take one at a time. A block
/// walks K in steps of 256: it packs its own slice of B into panels of 16 columns (<see cref="ConvPatchPacker"/>,
/// so B never exists whole and stays in the core's cache), then runs the 6×16 register-tiled micro-kernel
/// (<see cref="GemmMicroKernels"/>) over every pair of A panel (<see cref="PackedConvKernel"/>) and B panel.
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
    public static ChwTensor Forward(ChwTensor x, PackedConvKernel packed, int stride, Padding2d pad, bool relu = false, int threads = 0,
        ConvMicroKernel microKernel = ConvMicroKernel.Best)
    {
        var kernel = packed.Kernel;
        Conv2d.CheckChannels(x, kernel);
        var (outH, outW) = Conv2d.OutputSize(x, kernel, stride, pad);
        var shape = new GemmShape(kernel.OutChannels, outH * outW, kernel.FilterLength);
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var split = ConvWorkSplit.For(packed.PanelCount, (shape.N + Cols - 1) / Cols, threads);
        var y = GC.AllocateUninitializedArray<float>(shape.M * shape.N); // every value is written by the first pass over K
        using var packer = new ConvPatchPacker(x, kernel, stride, pad, outW, shape.N);
        var job = new BlockJob(packed, packer, y, shape, split, relu, GemmMicroKernels.Resolve(microKernel));
        if (threads == 1 || split.Blocks == 1)
        {
            for (var b = 0; b < split.Blocks; b++)
            {
                job.Run(b);
            }
        }
        else
        {
            Parallel.For(0, split.Blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, job.Run);
        }
        return new ChwTensor(shape.M, outH, outW, y);
    }

    /// <summary>Y[M, N] = A[M, K] · B[K, N].</summary>
    private readonly record struct GemmShape(int M, int N, int K);

    private sealed class BlockJob(PackedConvKernel packed, ConvPatchPacker packer, float[] y, GemmShape shape, ConvWorkSplit split,
        bool relu, ConvMicroKernel microKernel)
    {
        public void Run(int block)
        {
            var (q0, q1, p0, p1) = split.Block(block);
            int m = shape.M, n = shape.N, k = shape.K;
            var bBlock = ArrayPool<float>.Shared.Rent(Math.Min(KBlock, k) * (p1 - p0) * Cols);
            Span<float> scratch = stackalloc float[Rows * Cols];
            try
            {
                for (var k0 = 0; k0 < k; k0 += KBlock)
                {
                    var kc = Math.Min(KBlock, k - k0);
                    packer.Pack(p0, p1, k0, kc, bBlock);
                    for (var q = q0; q < q1; q++)
                    {
                        ref var a = ref packed.Panels[(q * k + k0) * Rows];
                        var rows = Math.Min(Rows, m - q * Rows);
                        for (var p = p0; p < p1; p++)
                        {
                            ref var b = ref bBlock[(p - p0) * kc * Cols];
                            var cols = Math.Min(Cols, n - p * Cols);
                            var tileWidth = cols > 8 ? Cols : 8; // the 6×8 kernel takes a last panel of ≤ 8 columns
                            var origin = q * Rows * n + p * Cols;
                            if (rows == Rows && cols == tileWidth)
                            {
                                GemmMicroKernels.Multiply(microKernel, kc, ref a, ref b, ref y[origin], n, cols, overwrite: k0 == 0);
                                continue;
                            }
                            // An edge tile: sum into a full 6×16 scratch tile and keep only the part that exists.
                            if (k0 == 0)
                            {
                                scratch.Clear();
                            }
                            else
                            {
                                for (var r = 0; r < rows; r++)
                                {
                                    y.AsSpan(origin + r * n, cols).CopyTo(scratch.Slice(r * Cols, cols));
                                }
                            }
                            GemmMicroKernels.Multiply(microKernel, kc, ref a, ref b, ref scratch[0], Cols, cols, overwrite: false);
                            for (var r = 0; r < rows; r++)
                            {
                                scratch.Slice(r * Cols, cols).CopyTo(y.AsSpan(origin + r * n, cols));
                            }
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(bBlock);
            }
            Epilogue(q0, q1, p0, p1);
        }

        /// <summary>y ← y + b[o], then max(0, y) if ReLU follows: on the block just computed, while it is in cache.</summary>
        private void Epilogue(int q0, int q1, int p0, int p1)
        {
            int n = shape.N, firstCol = p0 * Cols, width = Math.Min(n, p1 * Cols) - firstCol;
            var bias = packed.Kernel.Bias;
            for (var o = q0 * Rows; o < Math.Min(shape.M, q1 * Rows); o++)
            {
                var row = y.AsSpan(o * n + firstCol, width);
                TensorPrimitives.Add(row, bias[o], row);
                if (relu)
                {
                    TensorPrimitives.Max(row, 0f, row);
                }
            }
        }
    }
}
