using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// The AVX2 kernels (and AVX without FMA): the 6×16 tile keeps 12 Vector256 accumulators in registers, per k
/// 2 loads of B, 6 broadcasts of A and 12 multiply-adds; the 6×8 tile serves a last panel of at most 8 columns
/// (layer4 of ResNet-18 has 49 = 3·16 + 1 positions), so it does not pay for 16.
/// </summary>
internal static partial class GemmMicroKernels
{
    /// <summary>a·b + c, rounded once (FMA) or twice (multiply, then add): chosen at JIT time per struct.</summary>
    private interface IMultiplyAdd
    {
        static abstract Vector256<float> Apply(Vector256<float> a, Vector256<float> b, Vector256<float> c);
    }

    private readonly struct FusedMultiplyAdd : IMultiplyAdd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Apply(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
            System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c);
    }

    private readonly struct MultiplyThenAdd : IMultiplyAdd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Apply(Vector256<float> a, Vector256<float> b, Vector256<float> c) => a * b + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile6x16<TMath>(int kc, ref float a, ref float b, ref float c, int ldc, bool overwrite)
        where TMath : struct, IMultiplyAdd
    {
        nuint s = (nuint)ldc;
        Vector256<float> c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51;
        if (overwrite)
        {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = c40 = c41 = c50 = c51 = Vector256<float>.Zero;
        }
        else
        {
            c00 = Vector256.LoadUnsafe(ref c); c01 = Vector256.LoadUnsafe(ref c, 8);
            c10 = Vector256.LoadUnsafe(ref c, s); c11 = Vector256.LoadUnsafe(ref c, s + 8);
            c20 = Vector256.LoadUnsafe(ref c, 2 * s); c21 = Vector256.LoadUnsafe(ref c, 2 * s + 8);
            c30 = Vector256.LoadUnsafe(ref c, 3 * s); c31 = Vector256.LoadUnsafe(ref c, 3 * s + 8);
            c40 = Vector256.LoadUnsafe(ref c, 4 * s); c41 = Vector256.LoadUnsafe(ref c, 4 * s + 8);
            c50 = Vector256.LoadUnsafe(ref c, 5 * s); c51 = Vector256.LoadUnsafe(ref c, 5 * s + 8);
        }
        for (nuint i = 0; i < (nuint)kc; i++)
        {
            var b0 = Vector256.LoadUnsafe(ref b, i * Cols);
            var b1 = Vector256.LoadUnsafe(ref b, i * Cols + 8);
            ref var ai = ref Unsafe.Add(ref a, i * Rows);
            var a0 = Vector256.Create(ai);
            c00 = TMath.Apply(a0, b0, c00); c01 = TMath.Apply(a0, b1, c01);
            var a1 = Vector256.Create(Unsafe.Add(ref ai, 1));
            c10 = TMath.Apply(a1, b0, c10); c11 = TMath.Apply(a1, b1, c11);
            var a2 = Vector256.Create(Unsafe.Add(ref ai, 2));
            c20 = TMath.Apply(a2, b0, c20); c21 = TMath.Apply(a2, b1, c21);
            var a3 = Vector256.Create(Unsafe.Add(ref ai, 3));
            c30 = TMath.Apply(a3, b0, c30); c31 = TMath.Apply(a3, b1, c31);
            var a4 = Vector256.Create(Unsafe.Add(ref ai, 4));
            c40 = TMath.Apply(a4, b0, c40); c41 = TMath.Apply(a4, b1, c41);
            var a5 = Vector256.Create(Unsafe.Add(ref ai, 5));
            c50 = TMath.Apply(a5, b0, c50); c51 = TMath.Apply(a5, b1, c51);
        }
        c00.StoreUnsafe(ref c); c01.StoreUnsafe(ref c, 8);
        c10.StoreUnsafe(ref c, s); c11.StoreUnsafe(ref c, s + 8);
        c20.StoreUnsafe(ref c, 2 * s); c21.StoreUnsafe(ref c, 2 * s + 8);
        c30.StoreUnsafe(ref c, 3 * s); c31.StoreUnsafe(ref c, 3 * s + 8);
        c40.StoreUnsafe(ref c, 4 * s); c41.StoreUnsafe(ref c, 4 * s + 8);
        c50.StoreUnsafe(ref c, 5 * s); c51.StoreUnsafe(ref c, 5 * s + 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile6x8<TMath>(int kc, ref float a, ref float b, ref float c, int ldc, bool overwrite)
        where TMath : struct, IMultiplyAdd
    {
        nuint s = (nuint)ldc;
        Vector256<float> c0, c1, c2, c3, c4, c5;
        if (overwrite)
        {
            c0 = c1 = c2 = c3 = c4 = c5 = Vector256<float>.Zero;
        }
        else
        {
            c0 = Vector256.LoadUnsafe(ref c); c1 = Vector256.LoadUnsafe(ref c, s); c2 = Vector256.LoadUnsafe(ref c, 2 * s);
            c3 = Vector256.LoadUnsafe(ref c, 3 * s); c4 = Vector256.LoadUnsafe(ref c, 4 * s); c5 = Vector256.LoadUnsafe(ref c, 5 * s);
        }
        for (nuint i = 0; i < (nuint)kc; i++)
        {
            var b0 = Vector256.LoadUnsafe(ref b, i * Cols); // the first 8 of the panel's 16 columns
            ref var ai = ref Unsafe.Add(ref a, i * Rows);
            c0 = TMath.Apply(Vector256.Create(ai), b0, c0);
            c1 = TMath.Apply(Vector256.Create(Unsafe.Add(ref ai, 1)), b0, c1);
            c2 = TMath.Apply(Vector256.Create(Unsafe.Add(ref ai, 2)), b0, c2);
            c3 = TMath.Apply(Vector256.Create(Unsafe.Add(ref ai, 3)), b0, c3);
            c4 = TMath.Apply(Vector256.Create(Unsafe.Add(ref ai, 4)), b0, c4);
            c5 = TMath.Apply(Vector256.Create(Unsafe.Add(ref ai, 5)), b0, c5);
        }
        c0.StoreUnsafe(ref c); c1.StoreUnsafe(ref c, s); c2.StoreUnsafe(ref c, 2 * s);
        c3.StoreUnsafe(ref c, 3 * s); c4.StoreUnsafe(ref c, 4 * s); c5.StoreUnsafe(ref c, 5 * s);
    }
}
