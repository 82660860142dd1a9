using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training.Fast;

namespace NnLesson.Core.Tests.Cnn.Training;

/// <summary>The training GEMM on the engine's micro-kernels against a plain triple loop, every kernel this CPU runs.</summary>
public class PanelGemmTests
{
    public static TheoryData<int, int, int, bool, bool> Shapes => new()
    {
        // m, n, k, A transposed, B transposed
        { 8, 784, 25, false, false },  // conv1 forward: 8 filters, 28·28 positions, 5·5 taps
        { 16, 200, 100, false, true }, // conv2 dW = dY · colsᵀ
        { 200, 100, 16, true, false }, // conv2 dcols = Wᵀ · dY
        { 32, 120, 400, false, true }, // dense forward X · Wᵀ
        { 13, 37, 7, true, true },     // every edge: 13 rows (2 panels + 1), 37 columns (2 panels + 5)
        { 12, 32, 3, false, false },   // whole 12×32 tiles only
        { 1, 1, 1, false, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Panel_gemm_equals_the_triple_loop_with_every_micro_kernel(int m, int n, int k, bool aT, bool bT)
    {
        var random = new Random(m * 31 + n * 7 + k);
        var a = CnnRandom.Values(random, m * k);
        var b = CnnRandom.Values(random, k * n);
        var aView = aT ? MatrixView.Transposed(a, 0, m) : MatrixView.RowMajor(a, 0, k); // A[m, k]; Aᵀ stored as [k, m]
        var bView = bT ? MatrixView.Transposed(b, 0, k) : MatrixView.RowMajor(b, 0, n);
        var c0 = CnnRandom.Values(random, m * n);
        var expected = new float[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var t = 0; t < k; t++)
                {
                    sum += (double)aView[i, t] * bView[t, j];
                }
                expected[i * n + j] = (float)sum;
            }
        }
        var packedA = new float[PanelGemm.PackedALength(m, k)];
        var packedB = new float[PanelGemm.PackedBLength(k, n)];
        PanelGemm.PackA(aView, m, k, packedA);
        PanelGemm.PackB(bView, k, n, packedB);
        foreach (var micro in Enum.GetValues<ConvMicroKernel>().Where(Conv2dFast.Supports).Select(GemmMicroKernels.Resolve).Distinct())
        {
            var c = new float[m * n];
            PanelGemm.Multiply(micro, m, n, k, packedA, packedB, c, 0, n, accumulate: false);
            CnnRandom.AssertClose(c, expected, 1e-5, $"{micro} C = A·B");
            var acc = (float[])c0.Clone();
            PanelGemm.Multiply(micro, m, n, k, packedA, packedB, acc, 0, n, accumulate: true);
            CnnRandom.AssertClose(acc, expected.Zip(c0, (e, z) => e + z).ToArray(), 1e-5, $"{micro} C += A·B");
        }
    }
}
