using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Tuning;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// One pass over the photos of a data set, streaming: for each file, its SHA-256 (remembered from an earlier run while
/// its size and time match, <see cref="PhotoHashIndex"/>, else read and hashed) → cache hit, or decode → ResNet-18 → cache
/// write. Only the 512 features of each photo stay in memory; the photo and its maps are dropped once the network has seen
/// it (at most one crop per worker is alive). The network is opened on the first cache miss, so a fully cached run never loads it.
/// </summary>
public static class FeatureExtraction
{
    /// <summary>How many computed photos between full garbage collections (a collection of this small heap takes milliseconds).</summary>
    public const int CollectEvery = 8;

    /// <summary>The cache key of the whole model: SHA-256 over both files' published hashes (preprocessing changes the features too).</summary>
    public static readonly string ModelKey =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{ResNet18Package.BackboneSha256}+{ResNet18Package.PreprocessSha256}")));

    /// <summary>Photos worked on at once: one per core (at most 4), each decoded and run through the network on its own thread.</summary>
    public static int Workers => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <param name="openExtractor">
    /// Opens the network; called at most once, on the first miss. The caller disposes nothing: this method does. Open it with
    /// <c>intraOpThreads: 1</c>: <see cref="Workers"/> photos run at once, one thread each.
    /// </param>
    /// <param name="progress">Called after each file, in data-set order, with the number done.</param>
    /// <remarks>
    /// <see cref="Workers"/> threads each take the next file and do all of its work — hash, cache, decode, crop, ResNet-18
    /// with one thread, cache write — so on 2 cores two photos go through at once and a core never waits for the other
    /// inside an operator (bench/RESULTS-teach-page.md measures this against one photo at a time on both cores). The
    /// results are collected in data-set order, so the features, and every number computed from them, do not depend on
    /// which worker finished first.
    /// </remarks>
    public static ExtractionResult Run(IReadOnlyList<LabelledPhoto> photos, FeatureCache cache, Func<ResNet18FeatureExtractor> openExtractor,
        Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var extracted = new List<ExtractedPhoto>(photos.Count);
        var skipped = new List<SkippedPhoto>();
        int hits = 0, computed = 0, rebuilt = 0;
        var pass = new Pass(photos, cache, PhotoHashIndex.Load(cache.Folder), new Lazy<ResNet18FeatureExtractor>(openExtractor));
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Math.Min(Workers, Math.Max(1, photos.Count)))
            .Select(_ => Task.Factory.StartNew(() => pass.Work(stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var i = 0; i < photos.Count; i++)
            {
                var done = pass.Slots[i].Task.GetAwaiter().GetResult(); // in data-set order; a worker's failure surfaces here
                if (done.Skip is not null)
                {
                    skipped.Add(done.Skip);
                    progress?.Invoke(i + 1);
                    continue;
                }
                extracted.Add(new ExtractedPhoto(photos[i], done.Key!, done.Features!));
                if (!done.Computed)
                {
                    hits++;
                }
                else if (++computed % CollectEvery == 0)
                {
                    ManagedMemory.CollectDroppedPhotos(); // decoded photos: only a full collection returns their arrays
                }
                rebuilt += done.Corrupt ? 1 : 0;
                progress?.Invoke(i + 1);
            }
            pass.Hashes.Save();
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll(workers);
            }
            catch (AggregateException)
            {
                // already thrown above through a slot, or the workers stopped because this loop failed
            }
            if (pass.Extractor.IsValueCreated)
            {
                pass.Extractor.Value.Dispose();
            }
        }
        return new ExtractionResult(extracted, skipped, hits, computed, rebuilt, clock.Elapsed) { CacheNotWritten = pass.CacheNotWritten };
    }

    /// <summary>One file, done: skipped (with the reason), or its key and features, computed or from the cache.</summary>
    private sealed record Done(string? Key, SkippedPhoto? Skip, float[]? Features, bool Computed, bool Corrupt);

    /// <summary>The shared state of one pass: the next file to take, a slot per file for its result, the hash index (under a lock).</summary>
    private sealed class Pass(IReadOnlyList<LabelledPhoto> photos, FeatureCache cache, PhotoHashIndex hashes, Lazy<ResNet18FeatureExtractor> extractor)
    {
        private readonly Lock _hashing = new();
        private int _next = -1;
        private string? _cacheNotWritten; // the first write failure; later photos are not tried (one line, not one per photo)

        public TaskCompletionSource<Done>[] Slots { get; } =
            [.. photos.Select(_ => new TaskCompletionSource<Done>(TaskCreationOptions.RunContinuationsAsynchronously))];

        public PhotoHashIndex Hashes => hashes;

        public Lazy<ResNet18FeatureExtractor> Extractor => extractor;

        public string? CacheNotWritten => Volatile.Read(ref _cacheNotWritten);

        /// <summary>A worker: takes the next file until none is left (or the pass stopped) and fills its slot.</summary>
        public void Work(CancellationToken stop)
        {
            int i;
            while (!stop.IsCancellationRequested && (i = Interlocked.Increment(ref _next)) < photos.Count)
            {
                try
                {
                    Slots[i].SetResult(One(photos[i]));
                }
                catch (Exception e)
                {
                    Slots[i].SetException(e); // an unexpected failure (the network cannot open, a bug): the pass stops there
                    return;
                }
            }
        }

        private Done One(LabelledPhoto photo)
        {
            string key;
            try
            {
                lock (_hashing)
                {
                    key = hashes.KeyOf(photo.Path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new Done(null, new SkippedPhoto(photo.Path, $"Cannot read '{photo.Path}': {e.Message}"), null, false, false);
            }
            catch (LessonException e)
            {
                return new Done(null, new SkippedPhoto(photo.Path, e.Message), null, false, false); // not regular, too large, not an image
            }
            var cached = cache.TryRead(key, out var corrupt, withMaps: false);
            if (cached is not null)
            {
                return new Done(key, null, cached.Features, false, false);
            }
            RgbImage crop;
            try
            {
                crop = ResNet18FeatureExtractor.Crop(ImageLoader.Load(photo.Path)); // [224, 224, 3]
            }
            catch (LessonException e)
            {
                return new Done(key, new SkippedPhoto(photo.Path, e.Message), null, false, false);
            }
            var features = extractor.Value.ExtractCropped(crop); // f: [512], A: [512, 7, 7]
            if (CacheNotWritten is null)
            {
                try
                {
                    cache.Write(key, features);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Interlocked.CompareExchange(ref _cacheNotWritten, e.Message, null);
                }
            }
            return new Done(key, null, features.Features, true, corrupt);
        }
    }
}
