using NnLesson.Vision.Datasets;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Datasets;

public sealed class FashionMnistFilesTests
{
    [Fact]
    public void The_catalogue_names_the_four_idx_files_at_the_official_address()
    {
        Assert.Equal(IdxDataSet.FileStems.Select(s => s + ".gz").Order(), FashionMnistFiles.All.Select(f => f.FileName).Order());
        Assert.All(FashionMnistFiles.All, f => Assert.Equal($"http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/{f.FileName}", f.CanonicalUrl.AbsoluteUri));
    }

    [FashionMnistFact]
    public void Every_file_debian_installed_has_the_catalogued_size_and_sha256()
    {
        Assert.All(FashionMnistFiles.All, f => Assert.True(
            ModelDownloader.IsVerified(Path.Combine(NeedsFashionMnist.Folder, f.FileName), DownloadSource.SpecFor(f, mirror: null)),
            $"{f.FileName} does not match its catalogued size {f.Size} and sha256 {f.ShortSha256}…"));
    }
}
