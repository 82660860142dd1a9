namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// A matrix seen inside a float array: M[r, c] = Data[Offset + r·RowStride + c·ColStride]. A transpose is the same
/// array with the strides swapped, so dW = dYᵀ·X and dX = dY·W need no transposed copies.
/// </summary>
internal readonly record struct MatrixView(float[] Data, int Offset, int RowStride, int ColStride)
{
    /// <summary>A row-major [rows, cols] matrix starting at <paramref name="offset"/>.</summary>
    public static MatrixView RowMajor(float[] data, int offset, int cols) => new(data, offset, cols, 1);

    /// <summary>The transpose of a row-major matrix with <paramref name="cols"/> columns: Mᵀ[r, c] = M[c, r].</summary>
    public static MatrixView Transposed(float[] data, int offset, int cols) => new(data, offset, 1, cols);

    public float this[int r, int c] => Data[Offset + r * RowStride + c * ColStride];
}
