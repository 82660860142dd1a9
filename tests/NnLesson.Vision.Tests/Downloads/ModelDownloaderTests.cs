using System.Security.Cryptography;
using System.Text;
using NnLesson.Core;
using NnLesson.Vision.Models;
using Reply = NnLesson.Tests.Shared.LoopbackHttpServer.Reply;

namespace NnLesson.Vision.Tests.Downloads;

/// <summary>
/// The downloader against a real HTTP server on 127.0.0.1: a good file lands verified; every way a
/// download can go wrong (wrong bytes, short body, long body, 404, refused, silence) is one clear
/// error and leaves the folder exactly as it was (no target, no temporary file).
/// </summary>
public sealed class ModelDownloaderTests : IDisposable
{
    private const string FileName = "tiny-model.onnx";

    /// <summary>300 kB of seeded noise: several 80 kB reads, so progress is reported more than once.</summary>
    private static readonly byte[] Payload = SeededBytes(300_000, seed: 18);

    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-download");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_good_file_is_downloaded_verified_and_renamed_into_place()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { [FileName] = Payload });
        using var downloader = new ModelDownloader();
        var reports = new List<DownloadProgress>();

        var result = await downloader.DownloadAsync(SpecFor(server, Payload), _folder, reports.Add);

        Assert.Equal(DownloadOutcome.Downloaded, result.Outcome);
        Assert.Equal(Path.Combine(_folder, FileName), result.Path);
        Assert.Equal(Payload, File.ReadAllBytes(result.Path));
        Assert.Equal([FileName], FolderContents());
        Assert.True(reports.Count >= 2, $"expected several progress reports, got {reports.Count}");
        Assert.Equal(Payload.Length, reports[^1].BytesDone);
        Assert.All(reports, r => Assert.Equal(Payload.Length, r.BytesTotal));
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.BytesDone < p.Second.BytesDone), "progress must grow");
    }

    [Fact]
    public async Task The_checksum_is_real_SHA256_checked_against_the_FIPS_180_2_example()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc") — a published value, not computed by the code under test.
        const string abcSha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        var abc = Encoding.ASCII.GetBytes("abc");
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { ["abc.txt"] = abc });
        using var downloader = new ModelDownloader();

        var result = await downloader.DownloadAsync(new DownloadSpec(new Uri(server.BaseUrl, "abc.txt"), "abc.txt", 3, abcSha256), _folder);

        Assert.Equal(DownloadOutcome.Downloaded, result.Outcome);
        Assert.Equal("abc", File.ReadAllText(result.Path));
        var wrong = new DownloadSpec(new Uri(server.BaseUrl, "abc.txt"), "abc2.txt", 3, abcSha256.Replace("ba78", "ba79"));
        await Assert.ThrowsAsync<LessonException>(() => downloader.DownloadAsync(wrong, _folder));
    }

    [Fact]
    public async Task A_file_already_present_with_the_right_hash_is_not_fetched_again()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { [FileName] = Payload });
        using var downloader = new ModelDownloader();
        File.WriteAllBytes(Path.Combine(_folder, FileName), Payload);

        var result = await downloader.DownloadAsync(SpecFor(server, Payload), _folder);

        Assert.Equal(DownloadOutcome.AlreadyPresent, result.Outcome);
        Assert.Empty(server.RequestedPaths);
    }

    [Fact]
    public async Task A_present_file_with_the_wrong_hash_is_replaced_by_the_verified_download()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { [FileName] = Payload });
        using var downloader = new ModelDownloader();
        var stale = (byte[])Payload.Clone();
        stale[123] ^= 0xFF;
        File.WriteAllBytes(Path.Combine(_folder, FileName), stale);

        var result = await downloader.DownloadAsync(SpecFor(server, Payload), _folder);

        Assert.Equal(DownloadOutcome.Replaced, result.Outcome);
        Assert.Equal(Payload, File.ReadAllBytes(result.Path));
        Assert.Equal([FileName], FolderContents());
    }

    [Fact]
    public async Task Corrupted_bytes_fail_the_checksum_and_leave_nothing()
    {
        var corrupted = (byte[])Payload.Clone();
        corrupted[Payload.Length / 2] ^= 0x01; // one flipped bit, same length
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { [FileName] = corrupted });

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("checksum mismatch", error.Message);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(corrupted))[..12], error.Message);
    }

    [Fact]
    public async Task A_body_shorter_than_its_Content_Length_fails_and_leaves_nothing()
    {
        // The server promises every byte, sends 100 kB, then closes the connection.
        using var server = new LoopbackHttpServer(_ => new Reply(200, Payload, SendBytes: 100_000));

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("connection broke after", error.Message);
    }

    [Fact]
    public async Task A_body_without_length_that_ends_early_fails_and_leaves_nothing()
    {
        using var server = new LoopbackHttpServer(_ => new Reply(200, Payload, AnnouncedLength: -1, SendBytes: 1000));

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("ended after 1,000 of 300,000 bytes", error.Message);
    }

    [Fact]
    public async Task A_body_longer_than_promised_is_stopped_and_leaves_nothing()
    {
        var longer = SeededBytes(Payload.Length + 5000, seed: 18);
        using var server = new LoopbackHttpServer(_ => new Reply(200, longer, AnnouncedLength: -1));

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("more than the expected 300,000 bytes", error.Message);
    }

    [Fact]
    public async Task A_server_announcing_the_wrong_size_is_refused_before_the_body()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]> { [FileName] = Payload[..5000] });

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("offers 5,000 bytes but the file has 300,000", error.Message);
    }

    [Fact]
    public async Task HTTP_404_fails_and_leaves_nothing()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]>());

        var error = await DownloadFails(SpecFor(server, Payload));

        Assert.Contains("HTTP 404 Not Found", error.Message);
        Assert.Equal(["/" + FileName], server.RequestedPaths);
    }

    [Fact]
    public async Task A_refused_connection_fails_and_leaves_nothing()
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackHttpServer.UnusedPort()}/{FileName}");

        var error = await DownloadFails(new DownloadSpec(url, FileName, Payload.Length, Sha(Payload)));

        Assert.Contains("connection refused", error.Message);
    }

    [Fact]
    public async Task A_server_that_goes_silent_times_out_and_leaves_nothing()
    {
        using var server = new LoopbackHttpServer(_ => new Reply(200, Payload, SendBytes: 90_000, StallAfterSending: true));

        var error = await DownloadFails(SpecFor(server, Payload), idleTimeout: TimeSpan.FromMilliseconds(400));

        Assert.Contains("no data for 0.4 s", error.Message);
        Assert.Contains("timed out", error.Message);
    }

    [Fact]
    public async Task Cancellation_by_the_user_is_not_disguised_and_leaves_nothing()
    {
        using var server = new LoopbackHttpServer(_ => new Reply(200, Payload, SendBytes: 90_000, StallAfterSending: true));
        using var downloader = new ModelDownloader();
        using var cancel = new CancellationTokenSource();

        var task = downloader.DownloadAsync(SpecFor(server, Payload), _folder, p => cancel.Cancel(), cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.Empty(FolderContents());
    }

    [Fact]
    public async Task A_local_mirror_folder_works_like_a_server()
    {
        var mirror = RepoPaths.NewTempFolder("nnlesson-mirror");
        try
        {
            File.WriteAllBytes(Path.Combine(mirror, FileName), Payload);
            var source = DownloadSource.Parse(mirror, "--source");
            var spec = DownloadSource.SpecFor(new CatalogFile(FileName, new Uri("https://example.invalid/x"), Payload.Length, Sha(Payload)), source);
            using var downloader = new ModelDownloader();

            var result = await downloader.DownloadAsync(spec, _folder);

            Assert.Equal(DownloadOutcome.Downloaded, result.Outcome);
            Assert.Equal(Payload, File.ReadAllBytes(result.Path));
            Assert.Contains("does not exist", (await Assert.ThrowsAsync<LessonException>(
                () => downloader.DownloadAsync(spec with { Url = new Uri(source, "missing.onnx"), FileName = "missing.onnx" }, _folder))).Message);
        }
        finally
        {
            Directory.Delete(mirror, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_name_with_a_path_is_rejected()
    {
        using var downloader = new ModelDownloader();
        var spec = new DownloadSpec(new Uri("http://127.0.0.1:9/x"), "../escape.onnx", 1, Sha([1]));
        await Assert.ThrowsAsync<ArgumentException>(() => downloader.DownloadAsync(spec, _folder));
    }

    /// <summary>Runs a download that must fail: one-line LessonException, and the folder left empty.</summary>
    private async Task<LessonException> DownloadFails(DownloadSpec spec, TimeSpan? idleTimeout = null)
    {
        using var downloader = new ModelDownloader(idleTimeout);
        var error = await Assert.ThrowsAsync<LessonException>(() => downloader.DownloadAsync(spec, _folder));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(spec.FileName, error.Message);
        Assert.Contains("nothing was saved", error.Message);
        Assert.Empty(FolderContents());
        return error;
    }

    private string[] FolderContents() =>
        Directory.GetFiles(_folder).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();

    private static DownloadSpec SpecFor(LoopbackHttpServer server, byte[] expected) =>
        new(new Uri(server.BaseUrl, FileName), FileName, expected.Length, Sha(expected));

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] SeededBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
