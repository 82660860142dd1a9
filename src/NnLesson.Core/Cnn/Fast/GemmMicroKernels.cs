using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// Which inner kernel <see cref="Conv2dFast"/> multiplies with. <see cref="Best"/> picks what the CPU has:
/// Vector512 with fused multiply-add where AVX-512F exists and .NET accelerates Vector512 (Zen 4/5, Intel server
/// chips), else Vector256 with fused multiply-add where <c>Fma.IsSupported</c> (every AVX2 laptop since 2013),
/// Vector256 with a separate multiply and add where AVX exists without FMA, plain scalar loops otherwise. The
/// other values force one kernel, so tests can run the fallbacks on a machine that would never choose them.
/// </summary>
public enum ConvMicroKernel
{
    Best,
    Vector512FusedMultiplyAdd,
    Vector256FusedMultiplyAdd,
    Vector256MultiplyThenAdd,
    Scalar,
}

/// <summary>
/// The register-blocked inner kernels of the convolution GEMM (the BLIS micro-kernel design):
/// <code>C[rows, w] (+)= A[rows, kc] · B[kc, w]</code>
/// with A packed k-major in panels of 6 rows (<see cref="PackedConvKernel"/>), B packed k-major in panels of
/// 16 columns (<see cref="ConvPatchPacker"/>) and C rows <c>ldc</c> apart. A tile is 1 or 2 A panels by 1 or 2
/// B panels (the AVX-512 kernels take two of each, the others one); the second A panel starts <c>aNext</c>
/// floats after the first, the second B panel <c>bNext</c> after the first. <c>overwrite</c> starts the sums
/// from 0 instead of adding to C (the first block of k).
/// </summary>
internal static partial class GemmMicroKernels
{
    public const int Rows = PackedConvKernel.Rows;
    public const int Cols = 16;

    /// <summary>The largest tile: 2 A panels × 2 B panels.</summary>
    public const int MaxTileRows = 2 * Rows, MaxTileCols = 2 * Cols;

    /// <summary>Whether this CPU can run <paramref name="kernel"/> (Best and Scalar run everywhere).</summary>
    public static bool IsSupported(ConvMicroKernel kernel) => kernel switch
    {
        ConvMicroKernel.Vector512FusedMultiplyAdd => Vector512.IsHardwareAccelerated && Avx512F.IsSupported,
        ConvMicroKernel.Vector256FusedMultiplyAdd => Vector256.IsHardwareAccelerated && Fma.IsSupported,
        ConvMicroKernel.Vector256MultiplyThenAdd => Vector256.IsHardwareAccelerated,
        _ => true,
    };

    /// <summary>The kernel that <see cref="ConvMicroKernel.Best"/> means on this CPU; a forced kernel it cannot run throws.</summary>
    public static ConvMicroKernel Resolve(ConvMicroKernel choice)
    {
        if (choice != ConvMicroKernel.Best)
        {
            return IsSupported(choice) ? choice : throw new PlatformNotSupportedException($"This CPU cannot run the {choice} convolution kernel.");
        }
        foreach (var widest in (ReadOnlySpan<ConvMicroKernel>)[ConvMicroKernel.Vector512FusedMultiplyAdd, ConvMicroKernel.Vector256FusedMultiplyAdd,
            ConvMicroKernel.Vector256MultiplyThenAdd])
        {
            if (IsSupported(widest))
            {
                return widest;
            }
        }
        return ConvMicroKernel.Scalar;
    }

    /// <summary>A panels per tile: 2 for the AVX-512 kernel (12 output channels), 1 otherwise.</summary>
    public static int RowPanelsPerTile(ConvMicroKernel kernel) => kernel == ConvMicroKernel.Vector512FusedMultiplyAdd ? 2 : 1;

    /// <summary>B panels per tile: 2 for the AVX-512 kernel (32 positions), 1 otherwise.</summary>
    public static int ColPanelsPerTile(ConvMicroKernel kernel) => kernel == ConvMicroKernel.Vector512FusedMultiplyAdd ? 2 : 1;

    /// <summary>
    /// The columns a kernel computes for <paramref name="width"/> valid ones: whole B panels, except that the
    /// Vector256 kernels take a last panel of ≤ 8 columns with their 6×8 tile.
    /// </summary>
    public static int TileWidth(ConvMicroKernel kernel, int width) =>
        width <= 8 && kernel is ConvMicroKernel.Vector256FusedMultiplyAdd or ConvMicroKernel.Vector256MultiplyThenAdd ? 8 : (width + Cols - 1) / Cols * Cols;

    /// <summary>
    /// C[6·rowPanels, TileWidth(width)] (+)= A · B with a resolved kernel; rowPanels and the panels of width are
    /// at most <see cref="RowPanelsPerTile"/> and <see cref="ColPanelsPerTile"/> of that kernel.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(ConvMicroKernel kernel, int kc, ref float a, int rowPanels, nuint aNext, ref float b, int width, nuint bNext,
        ref float c, int ldc, bool overwrite)
    {
        switch (kernel)
        {
            case ConvMicroKernel.Vector512FusedMultiplyAdd when rowPanels == 2 && width > Cols:
                Tile512<Shape12x32>(kc, ref a, aNext, ref b, bNext, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector512FusedMultiplyAdd when width > Cols:
                Tile512<Shape6x32>(kc, ref a, aNext, ref b, bNext, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector512FusedMultiplyAdd when rowPanels == 2:
                Tile512<Shape12x16>(kc, ref a, aNext, ref b, bNext, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector512FusedMultiplyAdd:
                Tile512<Shape6x16>(kc, ref a, aNext, ref b, bNext, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector256FusedMultiplyAdd when width > 8:
                Tile6x16<FusedMultiplyAdd>(kc, ref a, ref b, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector256FusedMultiplyAdd:
                Tile6x8<FusedMultiplyAdd>(kc, ref a, ref b, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector256MultiplyThenAdd when width > 8:
                Tile6x16<MultiplyThenAdd>(kc, ref a, ref b, ref c, ldc, overwrite);
                break;
            case ConvMicroKernel.Vector256MultiplyThenAdd:
                Tile6x8<MultiplyThenAdd>(kc, ref a, ref b, ref c, ldc, overwrite);
                break;
            default:
                Scalar(kc, ref a, rowPanels, aNext, ref b, width, bNext, ref c, ldc, overwrite);
                break;
        }
    }

    /// <summary>
    /// The same sums with plain loops: what a CPU without 256-bit vectors runs.
    /// A[r, i] = a[(r / 6)·aNext + i·6 + r mod 6], B[i, j] = b[(j / 16)·bNext + i·16 + j mod 16].
    /// </summary>
    private static void Scalar(int kc, ref float a, int rowPanels, nuint aNext, ref float b, int width, nuint bNext, ref float c, int ldc, bool overwrite)
    {
        for (var r = 0; r < rowPanels * Rows; r++)
        {
            ref var aRow = ref Unsafe.Add(ref a, (nuint)(r / Rows) * aNext + (nuint)(r % Rows));
            for (var j = 0; j < width; j++)
            {
                ref var bColumn = ref Unsafe.Add(ref b, (nuint)(j / Cols) * bNext + (nuint)(j % Cols));
                var sum = overwrite ? 0f : Unsafe.Add(ref c, r * ldc + j);
                for (var i = 0; i < kc; i++)
                {
                    sum += Unsafe.Add(ref aRow, i * Rows) * Unsafe.Add(ref bColumn, i * Cols);
                }
                Unsafe.Add(ref c, r * ldc + j) = sum;
            }
        }
    }
}
