using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>The features of one uploaded photo: its content hash (the cache key), f: [512], and whether the cache served it.</summary>
public sealed record SampleFeatures(string Sha256, float[] Features, bool FromCache);

/// <summary>
/// ResNet-18 for every teach session of one server, as <c>nnlesson teach</c> uses it: the same extractor
/// (<see cref="ResNet18FeatureExtractor"/>, opened once, on the first photo the cache does not know) and the CLI's
/// feature cache (<see cref="FeatureCache"/>, keyed by the SHA-256 of the photo's bytes, so photos <c>teach</c> has seen
/// are not computed again and the page's photos help the CLI). One photo at a time goes through the
/// network, and at most two are being decoded (a decoded photo costs up to 7 bytes a pixel, so this also
/// bounds the memory 30 sessions can take at once). Webcam frames for prediction are never cached.
/// </summary>
public sealed class TeachBackbone(string? cacheRoot) : IDisposable
{
    private readonly SemaphoreSlim _network = new(1, 1);
    private readonly SemaphoreSlim _decoders = new(2, 2);
    private readonly FeatureCache _cache = new(cacheRoot ?? FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);
    private readonly Lock _opening = new();
    private ResNet18FeatureExtractor? _extractor;
    private int _computed;
    private int _hits;

    /// <summary>This model's cache folder.</summary>
    public string CacheFolder => _cache.Folder;

    /// <summary>Photos the network computed and photos the cache served, since the server started.</summary>
    public int Computed => Volatile.Read(ref _computed);

    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Checks, hashes and (from the cache or the network) featurises one uploaded photo.</summary>
    /// <exception cref="TeachRejection">The photo breaks a cap or the loader refuses it; ResNet-18 is missing.</exception>
    public async Task<SampleFeatures> SampleAsync(byte[] bytes, string name, CancellationToken token)
    {
        PhotoCheck.Require(bytes, name);
        var key = FeatureCache.KeyOf(bytes);
        if (await Task.Run(() => _cache.TryRead(key, out _, withMaps: false), token) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return new SampleFeatures(key, cached.Features, FromCache: true);
        }
        var crop = await DecodeAsync(bytes, name, ResNet18FeatureExtractor.Crop, token);     // [224, 224, 3]
        var entry = await RunNetworkAsync(e => e.ExtractCropped(crop), token);              // f: [512], A: [512, 7, 7]
        await Task.Run(() => _cache.Write(key, entry), token);
        Interlocked.Increment(ref _computed);
        return new SampleFeatures(key, entry.Features, FromCache: false);
    }

    /// <summary>Features and last maps of one webcam frame (checked and decoded like an upload, not cached).</summary>
    public async Task<BackboneFeatures> FrameAsync(byte[] bytes, CancellationToken token)
    {
        PhotoCheck.Require(bytes, "frame");
        var crop = await DecodeAsync(bytes, "frame", ResNet18FeatureExtractor.Crop, token);
        return await RunNetworkAsync(e => e.ExtractCropped(crop), token);
    }

    /// <summary>
    /// Decoding and cropping, at most two photos at once (they overlap the network's work on another session's photo;
    /// each holds a decoded photo, up to 7 bytes a pixel, so the bound is also a memory bound).
    /// </summary>
    private async Task<RgbImage> DecodeAsync(byte[] bytes, string name, Func<RgbImage, RgbImage> crop, CancellationToken token)
    {
        await _decoders.WaitAsync(token);
        try
        {
            return await Task.Run(() => crop(PhotoCheck.Decode(bytes, name)), token);
        }
        finally
        {
            _decoders.Release();
        }
    }

    /// <summary>ResNet-18, one photo at a time (on 2 cores a second run would only share them).</summary>
    private async Task<BackboneFeatures> RunNetworkAsync(Func<ResNet18FeatureExtractor, BackboneFeatures> run, CancellationToken token)
    {
        await _network.WaitAsync(token);
        try
        {
            return await Task.Run(() => run(Extractor()), token);
        }
        finally
        {
            _network.Release();
        }
    }

    private ResNet18FeatureExtractor Extractor()
    {
        lock (_opening)
        {
            if (_extractor is not null)
            {
                return _extractor;
            }
            var package = ResNet18Package.Find() ?? throw new TeachRejection(
                "ResNet-18 не знайдено в папці NuGet: виконайте 'dotnet restore' і перезапустіть nnlesson playground.",
                "ResNet-18 is not in the NuGet folder: run 'dotnet restore' and restart nnlesson playground.");
            return _extractor = ResNet18FeatureExtractor.Open(package.Verified(cacheRoot));
        }
    }

    public void Dispose()
    {
        _extractor?.Dispose();
        _network.Dispose();
        _decoders.Dispose();
    }
}
