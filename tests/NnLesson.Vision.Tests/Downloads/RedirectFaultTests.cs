using System.Text;
using NnLesson.Core;
using NnLesson.Vision.Models;
using Reply = NnLesson.Tests.Shared.LoopbackHttpServer.Reply;

namespace NnLesson.Vision.Tests.Downloads;

/// <summary>Defect 8 of issue 6: a mirror redirecting to file:///… gave "unexpected UriFormatException"; now a "Download … failed" line.</summary>
public sealed class RedirectFaultTests
{
    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/model.onnx")]
    [InlineData("http://[::1")]
    public async Task A_redirect_to_a_non_http_address_is_a_download_failure(string location)
    {
        var folder = RepoPaths.NewTempFolder();
        using var server = new LoopbackHttpServer(_ => new Reply(302, Encoding.ASCII.GetBytes("moved"), Location: location));
        using var downloader = new ModelDownloader();
        var spec = new DownloadSpec(new Uri(server.BaseUrl, "model.onnx"), "model.onnx", 3, new string('0', 64));

        var e = await Assert.ThrowsAsync<LessonException>(() => downloader.DownloadAsync(spec, folder));

        Assert.StartsWith("Download of model.onnx from", e.Message);
        Assert.Contains("failed", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
