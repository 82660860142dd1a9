namespace NnLesson.Core.Timing;

/// <summary>
/// Keeps the times a slide reports ("this machine, this run") apart from figure drawing in the same process.
/// <c>nnlesson all</c> computes the next slides on a worker thread while the current slide's figures are drawn and
/// encoded; slide 7's forward pass on two threads, timed while both cores were busy with figures, took 43.7 ms
/// instead of its quiet 20. So a timed section takes this gate alone and figure work takes it shared: the timing
/// waits for the figure being drawn or encoded to finish and holds the next one back for its few milliseconds.
/// With nothing drawn beside it (a single slide, a test) it costs one uncontended lock.
/// </summary>
public static class QuietTiming
{
    private static readonly ReaderWriterLockSlim Gate = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>Runs <paramref name="timed"/> with no figure drawn or encoded meanwhile.</summary>
    public static T Measure<T>(Func<T> timed)
    {
        Gate.EnterWriteLock();
        try
        {
            return timed();
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }

    /// <summary>Runs figure work (drawing, encoding) that no timed section may overlap; any number of these run at once.</summary>
    public static T Figure<T>(Func<T> work)
    {
        Gate.EnterReadLock();
        try
        {
            return work();
        }
        finally
        {
            Gate.ExitReadLock();
        }
    }
}
