using NnLesson.Core.Cnn.Fast;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NnLesson.Core.Cnn;

/// <summary>
/// The element-wise steps of a CNN on x: [C, H, W]: ReLU y = max(0, x), and the residual connection
/// y = x + F(x) of ResNet (He et al. 2016), which needs both tensors to have the same shape.
/// Each has a readable loop and a SIMD twin (Vector256).
/// </summary>
public static class Elementwise
{
    public static ChwTensor Relu(ChwTensor x)
    {
        var y = new float[x.Data.Length];
        for (var n = 0; n < y.Length; n++)
        {
            y[n] = x.Data[n] > 0 ? x.Data[n] : 0f;
        }
        return new ChwTensor(x.Channels, x.Height, x.Width, y);
    }

    /// <param name="buffers">Where the output's array comes from; null allocates a new one.</param>
    public static ChwTensor ReluFast(ChwTensor x, CnnBufferPool? buffers = null)
    {
        var y = CnnBufferPool.RentOrAllocate(buffers, x.Data.Length);
        Combine(x.Data, x.Data, y, add: false);
        return new ChwTensor(x.Channels, x.Height, x.Width, y);
    }

    public static ChwTensor Add(ChwTensor a, ChwTensor b)
    {
        CheckSameShape(a, b);
        var y = new float[a.Data.Length];
        for (var n = 0; n < y.Length; n++)
        {
            y[n] = a.Data[n] + b.Data[n];
        }
        return new ChwTensor(a.Channels, a.Height, a.Width, y);
    }

    /// <param name="buffers">Where the output's array comes from; null allocates a new one.</param>
    public static ChwTensor AddFast(ChwTensor a, ChwTensor b, CnnBufferPool? buffers = null)
    {
        CheckSameShape(a, b);
        var y = CnnBufferPool.RentOrAllocate(buffers, a.Data.Length);
        Combine(a.Data, b.Data, y, add: true);
        return new ChwTensor(a.Channels, a.Height, a.Width, y);
    }

    /// <summary>
    /// y = a + b (add) or y = max(0, a) (ReLU), 8 values per Vector256 step. Compiled fully optimised at once
    /// (the JIT's first, unoptimised tier of <see cref="TensorPrimitives"/> is much slower; bench/RESULTS-design-notes.md).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Combine(float[] a, float[] b, float[] y, bool add)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
            ref var rb = ref MemoryMarshal.GetArrayDataReference(b);
            ref var ry = ref MemoryMarshal.GetArrayDataReference(y);
            for (; i + 8 <= y.Length; i += 8)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var r = add ? va + Vector256.LoadUnsafe(ref rb, (nuint)i) : Vector256.Max(va, Vector256<float>.Zero);
                r.StoreUnsafe(ref ry, (nuint)i);
            }
        }
        for (; i < y.Length; i++)
        {
            y[i] = add ? a[i] + b[i] : a[i] > 0 ? a[i] : 0f;
        }
    }

    /// <summary>Flatten: [C, H, W] → [C·H·W, 1, 1] in row-major order (ONNX Flatten, axis 1, for batch 1).</summary>
    public static ChwTensor Flatten(ChwTensor x) => ChwTensor.Vector(x.Data);

    private static void CheckSameShape(ChwTensor a, ChwTensor b)
    {
        if (!a.SameShape(b))
        {
            throw new LessonException(
                $"Add: форми {a.ShapeText} і {b.ShapeText} різні (обхідне з’єднання потребує однакових форм).",
                $"Add: shapes {a.ShapeText} and {b.ShapeText} differ (a residual connection needs equal shapes).");
        }
    }
}
