using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Transfer;

public class FeatureCacheTests
{
    private const string Model = "aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11";
    private const string Photo = "bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22";

    private static BackboneFeatures Entry()
    {
        var random = new Random(3);
        return new BackboneFeatures([.. Enumerable.Range(0, 8).Select(_ => (float)random.NextDouble())],
            [.. Enumerable.Range(0, 8 * 3 * 3).Select(_ => (float)(random.NextDouble() * 20))], 8, 3, 3);
    }

    [Fact]
    public void An_entry_reads_back_features_exactly_and_maps_to_float16_precision()
    {
        var cache = new FeatureCache(RepoPaths.NewTempFolder(), Model);
        Assert.Null(cache.TryRead(Photo, out var corrupt));
        Assert.False(corrupt); // a miss, not a corrupt file

        var entry = Entry();
        cache.Write(Photo, entry);
        var back = cache.TryRead(Photo, out corrupt);
        Assert.False(corrupt);
        Assert.NotNull(back);
        Assert.Equal(entry.Features, back.Features);
        Tolerance.AllClose([.. back.Maps.Select(v => (double)v)], [.. entry.Maps.Select(v => (double)v)], 0, 1e-3, "maps");
        Assert.Empty(cache.TryRead(Photo, out _, withMaps: false)!.Maps);
        Assert.Empty(Directory.GetFiles(cache.Folder, "*.tmp"));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_corrupt_entry_is_not_trusted(string damage)
    {
        var cache = new FeatureCache(RepoPaths.NewTempFolder(), Model);
        cache.Write(Photo, Entry());
        var path = cache.PathFor(Photo);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "flip": bytes[200] ^= 0x40; break; // one bit of a feature: only the checksum notices
            case "truncate": bytes = bytes[..^5]; break;
            case "garbage": bytes = [.. Enumerable.Repeat((byte)'x', bytes.Length)]; break;
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(path, bytes);
        Assert.Null(cache.TryRead(Photo, out var corrupt));
        Assert.True(corrupt);
    }

    [Fact]
    public void An_entry_of_another_model_or_photo_is_foreign()
    {
        var root = RepoPaths.NewTempFolder();
        var cache = new FeatureCache(root, Model);
        cache.Write(Photo, Entry());
        var bytes = File.ReadAllBytes(cache.PathFor(Photo));
        Assert.Null(FeatureCache.Decode(bytes, Model.Replace('a', 'c'), Photo));
        Assert.Null(FeatureCache.Decode(bytes, Model, Photo.Replace('b', 'd')));
        Assert.NotNull(FeatureCache.Decode(bytes, Model, Photo));
        // The same photo for another model lives in another folder.
        Assert.NotEqual(cache.Folder, new FeatureCache(root, Model.Replace('a', 'c')).Folder);
    }

    [SharedFact]
    public void A_second_pass_comes_from_the_cache_and_a_changed_or_corrupt_photo_entry_is_recomputed()
    {
        var package = ResNet18Package.Require().Verified();
        var data = PhotoFolders.Scan(TeachData.SmallCopy(2));
        var cache = new FeatureCache(RepoPaths.NewTempFolder(), FeatureExtraction.ModelKey);
        var opened = 0;
        ResNet18FeatureExtractor Open()
        {
            opened++;
            return ResNet18FeatureExtractor.Open(package, intraOpThreads: 1);
        }

        var cold = FeatureExtraction.Run(data.Photos, cache, Open);
        Assert.Equal((0, 4, 0, 1), (cold.Hits, cold.Computed, cold.Rebuilt, opened));
        Assert.All(cold.Photos, p => Assert.Equal(512, p.Features.Length));

        var warm = FeatureExtraction.Run(data.Photos, cache, () => throw new InvalidOperationException("a warm pass must not open the network"));
        Assert.Equal((4, 0), (warm.Hits, warm.Computed));
        Assert.Equal(cold.Photos.Select(p => p.Features), warm.Photos.Select(p => p.Features));

        // Corrupt one entry, and change one photo (a photo not seen before, under the same name).
        var first = cold.Photos[0];
        File.WriteAllBytes(cache.PathFor(first.Sha256), [1, 2, 3]);
        var newcomer = Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, "val", "bees"), "*.jpg").Order(StringComparer.Ordinal).First();
        File.Copy(newcomer, data.Photos[1].Path, overwrite: true);
        var again = FeatureExtraction.Run(data.Photos, cache, Open);
        Assert.Equal((2, 2, 1), (again.Hits, again.Computed, again.Rebuilt));
        Assert.Equal(first.Features, again.Photos[0].Features); // rebuilt to the same numbers
        Assert.NotEqual(cold.Photos[1].Features, again.Photos[1].Features); // the changed photo got new features

        // A photo whose bytes are already cached under another name is a hit: the key is the content, not the path.
        File.Copy(data.Photos[3].Path, data.Photos[2].Path, overwrite: true);
        var renamed = FeatureExtraction.Run(data.Photos, cache, () => throw new InvalidOperationException("all four are cached"));
        Assert.Equal(renamed.Photos[3].Features, renamed.Photos[2].Features);
    }
}
