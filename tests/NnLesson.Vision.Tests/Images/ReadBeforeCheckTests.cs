using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Images;

/// <summary>
/// Probe G7 (December 2026): whole files were read into memory before the 512 MB and signature checks — a teach
/// folder's 1.9 GB sparse .jpg cost 2 GB while its cache key was computed, a 500 MB one without an image signature
/// cost 1 GB in slide 6/7 and classify. The checks come from the file's size and first bytes; the bytes this thread
/// allocates while refusing stay far below the file's size. The files are sparse: they cost no disk.
/// </summary>
public class ReadBeforeCheckTests
{
    private const long Budget = 16L << 20;

    private static string Sparse(string name, long bytes, byte[] start)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.Write(start);
        file.SetLength(bytes);
        return path;
    }

    private static (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_file_without_an_image_signature_is_refused_from_its_first_bytes()
    {
        var path = Sparse("sparse.jpg", 100L << 20, "not an image"u8.ToArray());
        var (e, allocated) = Measure(() => Assert.Throws<LessonException>(() => ImageLoader.Load(path)));
        Assert.Contains("no known image signature", e.Message);
        Assert.True(allocated < Budget, $"{allocated >> 20} MB were allocated to refuse a file by its first bytes");
    }

    [Fact]
    public void A_photo_over_the_limit_is_not_hashed_for_its_cache_key()
    {
        var path = Sparse("sparse600.jpg", 600L << 20, [0xFF, 0xD8, 0xFF, 0xE0]);
        var index = PhotoHashIndex.Load(RepoPaths.NewTempFolder());
        var (e, allocated) = Measure(() => Assert.ThrowsAny<LessonException>(() => index.KeyOf(path)));
        Assert.Contains("is 600 MB; the limit is 512 MB", e.Message);
        Assert.True(allocated < Budget, $"{allocated >> 20} MB were allocated to refuse a photo by its size");
    }

    [Fact]
    public void A_cache_key_is_hashed_in_a_stream_and_equals_the_sha256_of_the_bytes()
    {
        var path = Sparse("big.jpg", 100L << 20, [0xFF, 0xD8, 0xFF, 0xE0]);
        var (key, allocated) = Measure(() => PhotoHashIndex.Load(RepoPaths.NewTempFolder()).KeyOf(path));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), key);
        Assert.True(allocated < Budget, $"{allocated >> 20} MB were allocated to hash a 100 MB photo");
    }
}
