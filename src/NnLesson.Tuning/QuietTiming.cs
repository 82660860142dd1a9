namespace NnLesson.Tuning;

/// <summary>
/// Keeps the times a slide reports ("this machine, this run") apart from figure drawing in the same process: `all`
/// draws one slide's figures while the next slide computes, and a timed pass sharing the cores with a figure measures
/// the figure too. A timed section takes this gate alone, figure work takes it shared (the measurements are in
/// bench/RESULTS-tuning.md). With nothing drawn beside it (a single slide, a test) it costs one uncontended lock.
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
