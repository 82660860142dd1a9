using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

/// <summary>
/// The fast convolution's tiling, against the readable loops: shapes chosen so that every edge of the tiling is hit
/// (output channels not a multiple of 6 or 12, positions not a multiple of 16 or 32 with a last panel of ≤ 8 and of
/// 9…15 columns, an odd last A or B panel left over by the AVX-512 12×32 tile, panels across output rows packed
/// by blending runs or by single reads, K over one block of 256 and not a
/// multiple of it, B packed per block and B packed once and shared), on 1, 2 and 3 threads and with each
/// micro-kernel this CPU can run (AVX-512 FMA, AVX2 FMA, multiply-then-add, scalar).
/// </summary>
public class Conv2dFastTilingTests
{
    public static TheoryData<int, int, int, int, int, int, Padding2d> EdgeShapes => new()
    {
        // inC, outC, h, w, kernel, stride, pads    → what it exercises
        { 3, 7, 5, 5, 3, 1, Padding2d.All(1) },        // 25 positions: a last panel of 9 columns; 7 channels: a panel of 1 row
        { 5, 13, 7, 7, 3, 1, Padding2d.All(1) },       // 49 positions (layer4's 7×7): a last panel of 1 column → 6×8 tile
        { 29, 11, 6, 9, 3, 1, new Padding2d(2, 0, 1, 2) }, // K = 261: a second K step of 5; asymmetric pads
        { 67, 100, 4, 5, 3, 1, Padding2d.All(1) },     // 100 channels = 17 panels → 2 row blocks: B packed once, shared
        { 16, 200, 3, 3, 1, 2, Padding2d.None },       // 1×1 stride 2, 4 positions, 34 row panels: shared B, 6×8 tile
        { 3, 6, 31, 29, 7, 2, new Padding2d(3, 3, 2, 2) }, // conv1's 7×7/2 and its pads, odd image
        { 3, 8, 9, 64, 7, 2, new Padding2d(3, 3, 2, 2) },  // 32 outputs a row: stride-2 panels in one row (shuffle path), the last one near the array's end
        { 16, 8, 8, 40, 1, 2, Padding2d.None },        // 1×1 stride 2, 20 outputs a row: panels in one row and across rows
        { 8, 12, 17, 16, 1, 1, Padding2d.None },       // 1×1 stride 1: every panel consecutive, copied whole
        { 4, 12, 4, 6, 3, 1, Padding2d.All(1) },       // 24 positions: a last panel of exactly 8, written straight by the 6×8 tile
        { 20, 30, 8, 12, 3, 1, Padding2d.All(1) },     // 96 positions, 5 A panels: whole 12×32 tiles, then a whole 6×32 tile
        { 32, 24, 8, 8, 3, 1, Padding2d.All(1) },      // K = 288: whole 12×32 tiles that add to C on the second K step
        { 9, 18, 10, 4, 3, 1, Padding2d.All(1) },      // 40 positions, 3 A panels: a 12×16 tile and a 6-row tile of 8 valid columns
        { 5, 9, 8, 4, 3, 1, Padding2d.All(1) },        // 4-wide rows: each panel is 4 runs of consecutive inputs, the most blended
        { 5, 9, 11, 3, 3, 1, Padding2d.All(1) },       // 3-wide rows: 6 runs a panel, too many to blend: single reads
    };

    [Theory]
    [MemberData(nameof(EdgeShapes))]
    public void Every_edge_of_the_tiling_agrees_on_1_2_and_3_threads_with_every_micro_kernel(int inC, int outC, int h, int w, int k, int stride, Padding2d pad)
    {
        var random = new Random(inC * 1000 + outC * 10 + h);
        var x = CnnRandom.Tensor(random, inC, h, w);
        var kernel = CnnRandom.Kernel(random, outC, inC, k, k);
        var reference = Elementwise.Relu(Conv2d.Forward(x, kernel, stride, pad));
        var packed = new PackedConvKernel(kernel);
        foreach (var micro in Enum.GetValues<ConvMicroKernel>().Where(Conv2dFast.Supports))
        {
            foreach (var threads in new[] { 1, 2, 3 })
            {
                var fast = Conv2dFast.Forward(x, packed, stride, pad, relu: true, threads, micro);
                Assert.Equal(reference.ShapeText, fast.ShapeText);
                CnnRandom.AssertClose(fast.Data, reference.Data, 1e-5, $"{micro}, {threads} threads, x {x.ShapeText}, w {kernel.ShapeText}");
            }
        }
    }

    [Fact]
    public void Large_B_is_packed_per_block_when_several_row_blocks_share_its_columns()
    {
        // 100 channels (2 row blocks) × K = 576 × 3721 positions: B would be 576·3728 > 2 M floats, too large to
        // pack once and share, so each row block packs its own slices; bias without ReLU keeps negative values.
        var random = new Random(61);
        var x = CnnRandom.Tensor(random, 64, 61, 61);
        var kernel = CnnRandom.Kernel(random, 100, 64, 3, 3);
        var reference = Conv2d.Forward(x, kernel, 1, Padding2d.All(1));
        var fast = Conv2dFast.Forward(x, new PackedConvKernel(kernel), 1, Padding2d.All(1), relu: false, threads: 2);
        Assert.Contains(fast.Data, v => v < 0);
        CnnRandom.AssertClose(fast.Data, reference.Data, 1e-5, "per-block B, 2 threads");
    }

    [Fact]
    public void The_kernels_are_really_different_code_with_the_same_numbers()
    {
        // FMA rounds a·b + c once, multiply-then-add twice; the AVX-512 tile and the AVX2 tile both use FMA in the same
        // k order, but the scalar kernel sums per output: so the results agree to float rounding but (except the two
        // FMA tiles) not bit for bit, which shows each switch reaches a different kernel.
        var random = new Random(7);
        var x = CnnRandom.Tensor(random, 32, 12, 12);
        var packed = new PackedConvKernel(CnnRandom.Kernel(random, 24, 32, 3, 3));
        ChwTensor Run(ConvMicroKernel micro) => Conv2dFast.Forward(x, packed, 1, Padding2d.All(1), threads: 1, microKernel: micro);
        var fused = Run(ConvMicroKernel.Vector256FusedMultiplyAdd);
        var twoStep = Run(ConvMicroKernel.Vector256MultiplyThenAdd);
        var scalar = Run(ConvMicroKernel.Scalar);
        Assert.NotEqual(fused.Data, twoStep.Data);
        Assert.NotEqual(fused.Data, scalar.Data);
        CnnRandom.AssertClose(twoStep.Data, fused.Data, 1e-5, "multiply-then-add vs FMA");
        CnnRandom.AssertClose(scalar.Data, fused.Data, 1e-5, "scalar vs FMA");
        if (Conv2dFast.Supports(ConvMicroKernel.Vector512FusedMultiplyAdd))
        {
            var wide = Run(ConvMicroKernel.Vector512FusedMultiplyAdd);
            Assert.NotEqual(wide.Data, scalar.Data);
            CnnRandom.AssertClose(wide.Data, fused.Data, 1e-5, "AVX-512 vs AVX2 FMA");
        }
    }

    [Fact]
    public void Best_is_the_widest_kernel_the_CPU_runs()
    {
        var expected = Conv2dFast.Supports(ConvMicroKernel.Vector512FusedMultiplyAdd) ? ConvMicroKernel.Vector512FusedMultiplyAdd
            : Conv2dFast.Supports(ConvMicroKernel.Vector256FusedMultiplyAdd) ? ConvMicroKernel.Vector256FusedMultiplyAdd
            : Conv2dFast.Supports(ConvMicroKernel.Vector256MultiplyThenAdd) ? ConvMicroKernel.Vector256MultiplyThenAdd
            : ConvMicroKernel.Scalar;
        Assert.Equal(expected, Conv2dFast.BestMicroKernel);
        Assert.Equal(System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512F.IsSupported,
            Conv2dFast.Supports(ConvMicroKernel.Vector512FusedMultiplyAdd));
        var random = new Random(11);
        var x = CnnRandom.Tensor(random, 16, 9, 9);
        var packed = new PackedConvKernel(CnnRandom.Kernel(random, 30, 16, 3, 3));
        Assert.Equal(Conv2dFast.Forward(x, packed, 1, Padding2d.All(1), threads: 1, microKernel: expected).Data,
            Conv2dFast.Forward(x, packed, 1, Padding2d.All(1), threads: 1, microKernel: ConvMicroKernel.Best).Data);
    }
}
