using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// Copy and add of the short runs im2col and col2im move (a row of a LeNet feature map: 10–28 floats) between two
/// references whose bounds the caller checked: Copy is a memmove; Add goes 8, then 4, then single floats at a time
/// (without the fixed cost of a TensorPrimitives call per run).
/// <code>Copy: dst[i] = src[i]      Add: dst[i] += src[i]      for 0 ≤ i &lt; length</code>
/// </summary>
internal static class ShortRuns
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ref readonly float source, ref float dst, int length) =>
        MemoryMarshal.CreateReadOnlySpan(in source, length).CopyTo(MemoryMarshal.CreateSpan(ref dst, length));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ref readonly float source, ref float dst, int length)
    {
        ref var src = ref Unsafe.AsRef(in source);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= length; i += 8)
            {
                (Vector256.LoadUnsafe(ref dst, (nuint)i) + Vector256.LoadUnsafe(ref src, (nuint)i)).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 4 <= length; i += 4)
            {
                (Vector128.LoadUnsafe(ref dst, (nuint)i) + Vector128.LoadUnsafe(ref src, (nuint)i)).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        for (; i < length; i++)
        {
            Unsafe.Add(ref dst, i) += Unsafe.Add(ref src, i);
        }
    }
}
