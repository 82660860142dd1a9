namespace NnLesson.Tuning;

/// <summary>
/// Forced garbage collections at the few points where a large managed buffer has just become garbage (a model file's
/// bytes once parsed, decoded photos during feature extraction): without them the process holds that memory until the
/// GC's own budget is reached, hundreds of MB on a laptop (bench/RESULTS-tuning.md).
/// </summary>
public static class ManagedMemory
{
    /// <summary>A large buffer (tens of MB) was just dropped: collect and compact so its pages go back to the system now.</summary>
    public static void ReturnFreedBlocks() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Many medium arrays (decoded photos) were dropped: an ordinary full collection, so the heap does not grow to the GC's budget.</summary>
    public static void CollectDroppedPhotos() => GC.Collect();
}
