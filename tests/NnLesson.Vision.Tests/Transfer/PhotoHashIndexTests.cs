using System.Security.Cryptography;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Transfer;

/// <summary>
/// Teach finds a photo's cache key without reading the photo again while its size and last-write time match the
/// remembered ones; any change of either means reading and hashing it again.
/// </summary>
public class PhotoHashIndexTests
{
    private static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static (string Folder, string Photo) PhotoIn(byte[] bytes)
    {
        var folder = RepoPaths.NewTempFolder();
        var photo = Path.Combine(folder, "ant one.jpg");
        File.WriteAllBytes(photo, bytes);
        return (folder, photo);
    }

    [Fact]
    public void A_photo_seen_before_is_not_read_again_while_its_size_and_time_match()
    {
        var (folder, photo) = PhotoIn([1, 2, 3, 4]);
        var first = PhotoHashIndex.Load(folder);
        Assert.Equal(Sha256Of([1, 2, 3, 4]), first.KeyOf(photo));
        first.Save();
        Assert.True(File.Exists(Path.Combine(folder, PhotoHashIndex.FileName)));

        // Same size, same time, other bytes: only a remembered key can still say [1, 2, 3, 4] — the file was not read.
        var written = File.GetLastWriteTimeUtc(photo);
        File.WriteAllBytes(photo, [9, 9, 9, 9]);
        File.SetLastWriteTimeUtc(photo, written);

        Assert.Equal(Sha256Of([1, 2, 3, 4]), PhotoHashIndex.Load(folder).KeyOf(photo));
    }

    [Fact]
    public void A_photo_whose_size_or_time_changed_is_hashed_again()
    {
        var (folder, photo) = PhotoIn([1, 2, 3, 4]);
        var index = PhotoHashIndex.Load(folder);
        index.KeyOf(photo);
        index.Save();

        File.WriteAllBytes(photo, [5, 6, 7, 8, 9]); // another size
        Assert.Equal(Sha256Of([5, 6, 7, 8, 9]), PhotoHashIndex.Load(folder).KeyOf(photo));

        var reloaded = PhotoHashIndex.Load(folder);
        reloaded.KeyOf(photo);
        reloaded.Save();
        File.WriteAllBytes(photo, [6, 6, 7, 8, 9]); // the same size, a later time
        File.SetLastWriteTimeUtc(photo, File.GetLastWriteTimeUtc(photo).AddSeconds(5));
        Assert.Equal(Sha256Of([6, 6, 7, 8, 9]), PhotoHashIndex.Load(folder).KeyOf(photo));
    }

    [Fact]
    public void Lines_that_do_not_parse_are_ignored()
    {
        var (folder, photo) = PhotoIn([1, 2, 3]);
        var info = new FileInfo(photo);
        var wrongHash = new string('a', 64);
        File.WriteAllLines(Path.Combine(folder, PhotoHashIndex.FileName),
        [
            "not an index line",
            $"{wrongHash}\tmany\t{info.LastWriteTimeUtc.Ticks}\t{info.FullName}",           // bytes not a number
            $"{wrongHash[..63]}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\t{info.FullName}", // hash too short
            $"{wrongHash}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\tphotos/relative.jpg",   // not a full path
        ]);

        Assert.Equal(Sha256Of([1, 2, 3]), PhotoHashIndex.Load(folder).KeyOf(photo));
    }

    [Fact]
    public void An_index_that_cannot_be_written_only_means_hashing_again()
    {
        var (folder, photo) = PhotoIn([4, 5, 6]);
        var blocked = Path.Combine(folder, "cache");
        File.WriteAllText(blocked, "a file where the cache folder should be");

        var index = PhotoHashIndex.Load(blocked);
        Assert.Equal(Sha256Of([4, 5, 6]), index.KeyOf(photo));
        index.Save(); // no exception

        Assert.Equal(Sha256Of([4, 5, 6]), PhotoHashIndex.Load(blocked).KeyOf(photo));
    }
}
