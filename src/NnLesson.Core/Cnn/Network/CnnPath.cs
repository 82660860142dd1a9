using NnLesson.Core.Cnn.Fast;
namespace NnLesson.Core.Cnn.Network;

/// <summary>Which implementation a forward pass uses: the readable loops (the lesson) or the fast kernels.</summary>
public enum CnnPath
{
    Readable,
    Fast,
}

/// <summary>How to run a forward pass: the path, and for the fast path how many threads (0 = every core).</summary>
public sealed record CnnRunOptions(CnnPath Path, int Threads = 0)
{
    /// <summary>
    /// Where the fast path's layers take their output arrays from; <see cref="CnnGraph.Run"/> sets its own pool,
    /// to which it returns every tensor no later step reads.
    /// </summary>
    public CnnBufferPool? Buffers { get; init; }

    public static CnnRunOptions Readable { get; } = new(CnnPath.Readable);

    public static CnnRunOptions Fast { get; } = new(CnnPath.Fast);
}
