using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// The AVX-512 kernels: each k row of a 16-column B panel is one Vector512, so a tile reads one or two adjacent
/// B panels (16 or 32 columns) and one or two adjacent A panels (6 or 12 output channels), with no change to
/// either packing. The 12×32 tile keeps 24 of AVX-512's 32 registers as accumulators: per k, 2 loads of B,
/// 12 broadcasts of A and 24 fused multiply-adds, so each B value loaded serves 12 multiply-adds (6 in the
/// AVX2 6×16 tile) and 24 independent sums cover the FMA latency (4 cycles) on two FMA pipes three times over.
/// The smaller shapes (6×32, 12×16, 6×16) serve the last odd panel of a block.
/// </summary>
internal static partial class GemmMicroKernels
{
    /// <summary>Which of the two A panels (rows 0–5, 6–11) and two B panels (columns 0–15, 16–31) a tile covers.</summary>
    private interface ITileShape
    {
        static abstract bool TwoRowPanels { get; }

        static abstract bool TwoColPanels { get; }
    }

    private readonly struct Shape12x32 : ITileShape
    {
        public static bool TwoRowPanels => true;

        public static bool TwoColPanels => true;
    }

    private readonly struct Shape6x32 : ITileShape
    {
        public static bool TwoRowPanels => false;

        public static bool TwoColPanels => true;
    }

    private readonly struct Shape12x16 : ITileShape
    {
        public static bool TwoRowPanels => true;

        public static bool TwoColPanels => false;
    }

    private readonly struct Shape6x16 : ITileShape
    {
        public static bool TwoRowPanels => false;

        public static bool TwoColPanels => false;
    }

    /// <summary>
    /// C[6 or 12, 16 or 32] (+)= A · B. The second A panel starts <paramref name="aNext"/> floats after the first,
    /// the second B panel <paramref name="bNext"/> after the first. <typeparamref name="TShape"/> is a struct, so the
    /// JIT compiles one copy per shape with the unused rows and columns removed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile512<TShape>(int kc, ref float a, nuint aNext, ref float b, nuint bNext, ref float c, int ldc, bool overwrite)
        where TShape : struct, ITileShape
    {
        nuint s = (nuint)ldc;
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        Vector512<float> c60 = default, c61 = default, c70 = default, c71 = default, c80 = default, c81 = default;
        Vector512<float> c90 = default, c91 = default, cA0 = default, cA1 = default, cB0 = default, cB1 = default;
        if (!overwrite)
        {
            LoadRow<TShape>(ref c, ref c00, ref c01); LoadRow<TShape>(ref Unsafe.Add(ref c, s), ref c10, ref c11);
            LoadRow<TShape>(ref Unsafe.Add(ref c, 2 * s), ref c20, ref c21); LoadRow<TShape>(ref Unsafe.Add(ref c, 3 * s), ref c30, ref c31);
            LoadRow<TShape>(ref Unsafe.Add(ref c, 4 * s), ref c40, ref c41); LoadRow<TShape>(ref Unsafe.Add(ref c, 5 * s), ref c50, ref c51);
            if (TShape.TwoRowPanels)
            {
                LoadRow<TShape>(ref Unsafe.Add(ref c, 6 * s), ref c60, ref c61); LoadRow<TShape>(ref Unsafe.Add(ref c, 7 * s), ref c70, ref c71);
                LoadRow<TShape>(ref Unsafe.Add(ref c, 8 * s), ref c80, ref c81); LoadRow<TShape>(ref Unsafe.Add(ref c, 9 * s), ref c90, ref c91);
                LoadRow<TShape>(ref Unsafe.Add(ref c, 10 * s), ref cA0, ref cA1); LoadRow<TShape>(ref Unsafe.Add(ref c, 11 * s), ref cB0, ref cB1);
            }
        }
        ref var bSecond = ref Unsafe.Add(ref b, bNext);
        ref var aSecond = ref Unsafe.Add(ref a, aNext);
        for (nuint i = 0; i < (nuint)kc; i++)
        {
            var b0 = Vector512.LoadUnsafe(ref b, i * Cols);
            var b1 = TShape.TwoColPanels ? Vector512.LoadUnsafe(ref bSecond, i * Cols) : default;
            ref var ai = ref Unsafe.Add(ref a, i * Rows);
            Update<TShape>(ref ai, b0, b1, ref c00, ref c01);
            Update<TShape>(ref Unsafe.Add(ref ai, 1), b0, b1, ref c10, ref c11);
            Update<TShape>(ref Unsafe.Add(ref ai, 2), b0, b1, ref c20, ref c21);
            Update<TShape>(ref Unsafe.Add(ref ai, 3), b0, b1, ref c30, ref c31);
            Update<TShape>(ref Unsafe.Add(ref ai, 4), b0, b1, ref c40, ref c41);
            Update<TShape>(ref Unsafe.Add(ref ai, 5), b0, b1, ref c50, ref c51);
            if (TShape.TwoRowPanels)
            {
                ref var ak = ref Unsafe.Add(ref aSecond, i * Rows);
                Update<TShape>(ref ak, b0, b1, ref c60, ref c61);
                Update<TShape>(ref Unsafe.Add(ref ak, 1), b0, b1, ref c70, ref c71);
                Update<TShape>(ref Unsafe.Add(ref ak, 2), b0, b1, ref c80, ref c81);
                Update<TShape>(ref Unsafe.Add(ref ak, 3), b0, b1, ref c90, ref c91);
                Update<TShape>(ref Unsafe.Add(ref ak, 4), b0, b1, ref cA0, ref cA1);
                Update<TShape>(ref Unsafe.Add(ref ak, 5), b0, b1, ref cB0, ref cB1);
            }
        }
        StoreRow<TShape>(ref c, c00, c01); StoreRow<TShape>(ref Unsafe.Add(ref c, s), c10, c11);
        StoreRow<TShape>(ref Unsafe.Add(ref c, 2 * s), c20, c21); StoreRow<TShape>(ref Unsafe.Add(ref c, 3 * s), c30, c31);
        StoreRow<TShape>(ref Unsafe.Add(ref c, 4 * s), c40, c41); StoreRow<TShape>(ref Unsafe.Add(ref c, 5 * s), c50, c51);
        if (TShape.TwoRowPanels)
        {
            StoreRow<TShape>(ref Unsafe.Add(ref c, 6 * s), c60, c61); StoreRow<TShape>(ref Unsafe.Add(ref c, 7 * s), c70, c71);
            StoreRow<TShape>(ref Unsafe.Add(ref c, 8 * s), c80, c81); StoreRow<TShape>(ref Unsafe.Add(ref c, 9 * s), c90, c91);
            StoreRow<TShape>(ref Unsafe.Add(ref c, 10 * s), cA0, cA1); StoreRow<TShape>(ref Unsafe.Add(ref c, 11 * s), cB0, cB1);
        }
    }

    /// <summary>One row of the tile for one k: c0 += a·b0 and, for 32 columns, c1 += a·b1 (a broadcast once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update<TShape>(ref float a, Vector512<float> b0, Vector512<float> b1, ref Vector512<float> c0, ref Vector512<float> c1)
        where TShape : struct, ITileShape
    {
        var x = Vector512.Create(a);
        c0 = Avx512F.FusedMultiplyAdd(x, b0, c0);
        if (TShape.TwoColPanels)
        {
            c1 = Avx512F.FusedMultiplyAdd(x, b1, c1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LoadRow<TShape>(ref float row, ref Vector512<float> c0, ref Vector512<float> c1)
        where TShape : struct, ITileShape
    {
        c0 = Vector512.LoadUnsafe(ref row);
        if (TShape.TwoColPanels)
        {
            c1 = Vector512.LoadUnsafe(ref row, Cols);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow<TShape>(ref float row, Vector512<float> c0, Vector512<float> c1)
        where TShape : struct, ITileShape
    {
        c0.StoreUnsafe(ref row);
        if (TShape.TwoColPanels)
        {
            c1.StoreUnsafe(ref row, Cols);
        }
    }
}
