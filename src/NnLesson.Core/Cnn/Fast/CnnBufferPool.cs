namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// Arrays of exact lengths for the fast path's intermediate tensors, reused from one forward pass to the next.
/// Why: a fresh array of a few MB is new memory to the operating system, and touching it page by page costs about
/// as much as a convolution layer (bench/RESULTS-design-notes.md). <see cref="Network.CnnGraph"/> returns each tensor nobody reads any more, and the next layer
/// that needs that many values gets it back. A rented array holds stale values: the caller overwrites all of it.
/// Thread-safe; keeps at most <see cref="PerLength"/> arrays of each length.
/// </summary>
public sealed class CnnBufferPool
{
    /// <summary>Arrays kept per length: ResNet-18 needs at most three of one shape at a time (block input, branch, sum).</summary>
    public const int PerLength = 4;

    private readonly Dictionary<int, Stack<float[]>> _free = [];
    private readonly Lock _lock = new();

    /// <summary>An array of exactly <paramref name="length"/> values, contents undefined.</summary>
    public float[] Rent(int length)
    {
        lock (_lock)
        {
            if (_free.TryGetValue(length, out var stack) && stack.Count > 0)
            {
                return stack.Pop();
            }
        }
        return GC.AllocateUninitializedArray<float>(length);
    }

    /// <summary>Gives an array back; the caller must hold no other reference to it.</summary>
    public void Return(float[] array)
    {
        lock (_lock)
        {
            if (!_free.TryGetValue(array.Length, out var stack))
            {
                _free[array.Length] = stack = new Stack<float[]>();
            }
            if (stack.Count < PerLength && !stack.Contains(array))
            {
                stack.Push(array);
            }
        }
    }

    /// <summary>Rents from <paramref name="pool"/>, or allocates when there is none.</summary>
    public static float[] RentOrAllocate(CnnBufferPool? pool, int length) =>
        pool?.Rent(length) ?? GC.AllocateUninitializedArray<float>(length);
}
