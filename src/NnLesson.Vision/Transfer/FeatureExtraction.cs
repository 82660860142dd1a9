using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// One pass over the photos of a data set, streaming: for each file, read its bytes → SHA-256 → cache
/// hit, or decode → ResNet-18 → cache write. Only the 512 features of each photo stay in memory; the
/// photo and its maps are dropped before the next one. The network is opened on the first cache miss,
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
    public static ExtractionResult Run(IReadOnlyList<LabelledPhoto> photos, FeatureCache cache, Func<ResNet18FeatureExtractor> openExtractor,
        Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var extracted = new List<ExtractedPhoto>(photos.Count);
        var skipped = new List<SkippedPhoto>();
        int hits = 0, computed = 0, rebuilt = 0;
        ResNet18FeatureExtractor? extractor = null;
        try
        {
            for (var i = 0; i < photos.Count; i++)
            {
                var photo = photos[i];
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(photo.Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    skipped.Add(new SkippedPhoto(photo.Path, $"Cannot read '{photo.Path}': {e.Message}"));
                    progress?.Invoke(i + 1);
                    continue;
                }
                var key = FeatureCache.KeyOf(bytes);
                var cached = cache.TryRead(key, out var corrupt, withMaps: false);
                if (cached is not null)
                {
                    hits++;
                    extracted.Add(new ExtractedPhoto(photo, key, cached.Features));
                    progress?.Invoke(i + 1);
                    continue;
                }
                RgbImage image;
                try
                {
                    image = ImageLoader.Load(photo.Path);
                }
                catch (LessonException e)
                {
                    skipped.Add(new SkippedPhoto(photo.Path, e.Message));
                    progress?.Invoke(i + 1);
                    continue;
                }
                extractor ??= openExtractor();
                var features = extractor.Extract(image);
                cache.Write(key, features);
                computed++;
                if (computed % CollectEvery == 0)
                {
                    // A decoded photo is a few large arrays (RGB, resized, tensor) that only a full collection returns;
                    // without this the heap grows to the GC's budget (hundreds of MB) before it looks back.
                    GC.Collect();
                }
                rebuilt += corrupt ? 1 : 0;
                extracted.Add(new ExtractedPhoto(photo, key, features.Features));
                progress?.Invoke(i + 1);
            }
        }
        finally
        {
            extractor?.Dispose();
        }
        return new ExtractionResult(extracted, skipped, hits, computed, rebuilt, clock.Elapsed);
    }
}
