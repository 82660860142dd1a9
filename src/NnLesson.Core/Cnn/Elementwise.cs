using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn;

/// <summary>
/// The element-wise steps of a CNN on x: [C, H, W]: ReLU y = max(0, x), and the residual connection
/// y = x + F(x) of ResNet (He et al. 2016), which needs both tensors to have the same shape.
/// Each has a readable loop and a SIMD twin (<see cref="TensorPrimitives"/>).
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
        TensorPrimitives.Max(x.Data, 0f, y);
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
        TensorPrimitives.Add(a.Data, b.Data, y);
        return new ChwTensor(a.Channels, a.Height, a.Width, y);
    }

    /// <summary>Flatten: [C, H, W] → [C·H·W, 1, 1] in row-major order (ONNX Flatten, axis 1, for batch 1).</summary>
    public static ChwTensor Flatten(ChwTensor x) => ChwTensor.Vector(x.Data);

    private static void CheckSameShape(ChwTensor a, ChwTensor b)
    {
        if (!a.SameShape(b))
        {
            throw new LessonException($"Add: shapes {a.ShapeText} and {b.ShapeText} differ (a residual connection needs equal shapes).");
        }
    }
}
