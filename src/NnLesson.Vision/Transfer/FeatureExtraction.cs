using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Tuning;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// One pass over the photos of a data set, streaming: for each file, its SHA-256 (remembered from an earlier run while
/// its size and time match, <see cref="PhotoHashIndex"/>, else read and hashed) → cache hit, or decode → ResNet-18 → cache write. Only the 512 features of each photo stay in memory; the
/// photo and its maps are dropped once the network has seen it (at most <see cref="ReadAhead"/> + 1 crops are alive). The network is opened on the first cache miss,
/// so a fully cached run never loads it.
/// </summary>
public static class FeatureExtraction
{
    /// <summary>How many computed photos between full garbage collections (a collection of this small heap takes milliseconds).</summary>
    public const int CollectEvery = 8;

    /// <summary>The cache key of the whole model: SHA-256 over both files' published hashes (preprocessing changes the features too).</summary>
    public static readonly string ModelKey =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{ResNet18Package.BackboneSha256}+{ResNet18Package.PreprocessSha256}")));

    /// <param name="openExtractor">Opens the network; called at most once, on the first miss. The caller disposes nothing: this method does.</param>
    /// <param name="progress">Called after each file with the number done.</param>
    /// <remarks>
    /// Two threads, in a pipeline: a reader (file → hash → cache, or decode → 224×224 crop) runs at most
    /// <see cref="ReadAhead"/> photos ahead of the network, so the decoding of the next photo overlaps ONNX Runtime's
    /// work on this one (on 2 cores its two threads leave gaps). Results stay in data-set order.
    /// </remarks>
    public static ExtractionResult Run(IReadOnlyList<LabelledPhoto> photos, FeatureCache cache, Func<ResNet18FeatureExtractor> openExtractor,
        Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var extracted = new List<ExtractedPhoto>(photos.Count);
        var skipped = new List<SkippedPhoto>();
        int hits = 0, computed = 0, rebuilt = 0;
        string? cacheNotWritten = null; // the first write failure; later photos are not tried (one line, not one per photo)
        ResNet18FeatureExtractor? extractor = null;
        var queue = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var hashes = PhotoHashIndex.Load(cache.Folder); // used by the reader thread only, saved once it is done
        var reader = Task.Run(() => Prepare(photos, cache, hashes, queue.Writer, stop.Token));
        try
        {
            var done = 0;
            while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var item))
                {
                    if (item.Skip is not null)
                    {
                        skipped.Add(item.Skip);
                    }
                    else if (item.Cached is not null)
                    {
                        hits++;
                        extracted.Add(new ExtractedPhoto(item.Photo, item.Key!, item.Cached));
                    }
                    else
                    {
                        extractor ??= openExtractor();
                        var features = extractor.ExtractCropped(item.Crop!);
                        if (cacheNotWritten is null)
                        {
                            try
                            {
                                cache.Write(item.Key!, features);
                            }
                            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                            {
                                cacheNotWritten = e.Message;
                            }
                        }
                        computed++;
                        rebuilt += item.Corrupt ? 1 : 0;
                        extracted.Add(new ExtractedPhoto(item.Photo, item.Key!, features.Features));
                        if (computed % CollectEvery == 0)
                        {
                            ManagedMemory.CollectDroppedPhotos(); // decoded photos: only a full collection returns their arrays
                        }
                    }
                    progress?.Invoke(++done);
                }
            }
            reader.GetAwaiter().GetResult(); // an unexpected failure of the reader surfaces here
            hashes.Save();
        }
        finally
        {
            stop.Cancel();
            try
            {
                reader.Wait();
            }
            catch (AggregateException)
            {
                // already thrown above, or the reader stopped because this loop failed
            }
            extractor?.Dispose();
        }
        return new ExtractionResult(extracted, skipped, hits, computed, rebuilt, clock.Elapsed) { CacheNotWritten = cacheNotWritten };
    }

    /// <summary>How many prepared photos may wait for the network (each a 224×224 crop, 150 KB).</summary>
    public const int ReadAhead = 2;

    /// <summary>One file, ready for the network: skipped (with the reason), served by the cache, or decoded and cropped.</summary>
    private sealed record Prepared(LabelledPhoto Photo, string? Key, SkippedPhoto? Skip, float[]? Cached, RgbImage? Crop, bool Corrupt);

    /// <summary>The reader thread: file → SHA-256 (remembered, or read and hashed) → cache entry, or decode → crop; in data-set order.</summary>
    private static async Task Prepare(IReadOnlyList<LabelledPhoto> photos, FeatureCache cache, PhotoHashIndex hashes, ChannelWriter<Prepared> queue,
        CancellationToken stop)
    {
        try
        {
            foreach (var photo in photos)
            {
                await queue.WriteAsync(PrepareOne(photo, cache, hashes), stop).ConfigureAwait(false);
            }
            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e is OperationCanceledException ? null : e);
            throw;
        }
    }

    private static Prepared PrepareOne(LabelledPhoto photo, FeatureCache cache, PhotoHashIndex hashes)
    {
        string key;
        try
        {
            key = hashes.KeyOf(photo.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(photo, null, new SkippedPhoto(photo.Path, $"Cannot read '{photo.Path}': {e.Message}"), null, null, false);
        }
        catch (LessonException e)
        {
            return new Prepared(photo, null, new SkippedPhoto(photo.Path, e.Message), null, null, false); // not regular, too large, not an image
        }
        var cached = cache.TryRead(key, out var corrupt, withMaps: false);
        if (cached is not null)
        {
            return new Prepared(photo, key, null, cached.Features, null, false);
        }
        try
        {
            return new Prepared(photo, key, null, null, ResNet18FeatureExtractor.Crop(ImageLoader.Load(photo.Path)), corrupt);
        }
        catch (LessonException e)
        {
            return new Prepared(photo, key, new SkippedPhoto(photo.Path, e.Message), null, null, false);
        }
    }
}
