using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>The features of one uploaded photo: its content hash (the cache key), f: [512], and whether the cache served it.</summary>
public sealed record SampleFeatures(string Sha256, float[] Features, bool FromCache);

/// <summary>
/// ResNet-18 for every teach session of one server, as <c>nnlesson teach</c> uses it: the same extractor
/// (<see cref="ResNet18FeatureExtractor"/>, opened once, on the first photo the cache does not know) and the CLI's
/// feature cache (<see cref="FeatureCache"/>, keyed by the SHA-256 of the photo's bytes, so photos <c>teach</c> has seen
/// are not computed again and the page's photos help the CLI). One photo at a time goes through decoding and the
/// network (a gate): on 2 cores a second one would only share them, and a decoded photo costs up to 7 bytes a pixel,
/// so the gate also bounds the memory 30 sessions can take at once. Webcam frames for prediction are never cached.
/// </summary>
public sealed class TeachBackbone(string? cacheRoot) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ResNet18FeatureExtractor? _extractor;
    private FeatureCache? _cache;

    /// <summary>The cache folder (this model's), once the first photo has arrived.</summary>
    public string? CacheFolder => _cache?.Folder;

    /// <summary>Photos the network computed and photos the cache served, since the server started.</summary>
    public int Computed { get; private set; }

    public int Hits { get; private set; }

    /// <summary>Checks, hashes and (from the cache or the network) featurises one uploaded photo.</summary>
    /// <exception cref="TeachRejection">The photo breaks a cap or the loader refuses it; ResNet-18 is missing.</exception>
    public async Task<SampleFeatures> SampleAsync(byte[] bytes, string name, CancellationToken token)
    {
        PhotoCheck.Require(bytes, name);
        var key = FeatureCache.KeyOf(bytes);
        await _gate.WaitAsync(token);
        try
        {
            return await Task.Run(() =>
            {
                var cache = _cache ??= new FeatureCache(cacheRoot ?? FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);
                if (cache.TryRead(key, out _, withMaps: false) is { } cached)
                {
                    Hits++;
                    return new SampleFeatures(key, cached.Features, FromCache: true);
                }
                var crop = ResNet18FeatureExtractor.Crop(PhotoCheck.Decode(bytes, name)); // [224, 224, 3]
                var entry = Extractor().ExtractCropped(crop);                               // f: [512], A: [512, 7, 7]
                cache.Write(key, entry);
                Computed++;
                return new SampleFeatures(key, entry.Features, FromCache: false);
            }, token);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Features and last maps of one webcam frame (checked and decoded like an upload, not cached).</summary>
    public async Task<BackboneFeatures> FrameAsync(byte[] bytes, CancellationToken token)
    {
        PhotoCheck.Require(bytes, "frame");
        await _gate.WaitAsync(token);
        try
        {
            return await Task.Run(() => Extractor().Extract(PhotoCheck.Decode(bytes, "frame")), token);
        }
        finally
        {
            _gate.Release();
        }
    }

    private ResNet18FeatureExtractor Extractor()
    {
        if (_extractor is not null)
        {
            return _extractor;
        }
        var package = ResNet18Package.Find() ?? throw new TeachRejection(
            "ResNet-18 не знайдено в теці NuGet: виконайте 'dotnet restore' і перезапустіть nnlesson playground.",
            "ResNet-18 is not in the NuGet folder: run 'dotnet restore' and restart nnlesson playground.");
        return _extractor = ResNet18FeatureExtractor.Open(package.Verified());
    }

    public void Dispose()
    {
        _extractor?.Dispose();
        _gate.Dispose();
    }
}
