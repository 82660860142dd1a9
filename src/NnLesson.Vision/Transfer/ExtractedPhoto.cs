namespace NnLesson.Vision.Transfer;

/// <summary>A readable photo with its content hash (the cache key) and its 512 backbone features.</summary>
public sealed record ExtractedPhoto(LabelledPhoto Photo, string Sha256, float[] Features);

/// <summary>A file that could not be used, with the one-line reason (the loader's message names the file).</summary>
public sealed record SkippedPhoto(string Path, string Reason);

/// <summary>
/// The outcome of a pass over a data set: the photos that worked (in data-set order), those skipped,
/// and how the cache served them: <c>Hits</c> read from disk, <c>Computed</c> run through the network,
/// <c>Rebuilt</c> the computed ones whose cache file was corrupt or foreign.
/// </summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedPhoto> Photos, IReadOnlyList<SkippedPhoto> Skipped, int Hits, int Computed, int Rebuilt, TimeSpan Elapsed)
{
    /// <summary>Photos per second over the whole pass (decode, hash, network or cache).</summary>
    /// <summary>
    /// Why the computed features could not be written to the cache (a read-only folder, a cache path that is a file, a
    /// full disk), or null. The run goes on with the features in memory; they are computed again next time (probe G8).
    /// </summary>
    public string? CacheNotWritten { get; init; }

    public double PhotosPerSecond => Elapsed.TotalSeconds > 0 ? (Photos.Count + Skipped.Count) / Elapsed.TotalSeconds : 0;
}
