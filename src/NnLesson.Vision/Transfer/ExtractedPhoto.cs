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
    public double PhotosPerSecond => Elapsed.TotalSeconds > 0 ? (Photos.Count + Skipped.Count) / Elapsed.TotalSeconds : 0;
}
