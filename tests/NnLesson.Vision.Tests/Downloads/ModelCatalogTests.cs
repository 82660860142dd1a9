using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Downloads;

/// <summary>The catalogue's published facts, and how --source / NNLESSON_MODEL_SOURCE turn into download addresses.</summary>
[Collection(Models.EnvironmentCollection.Name)] // one test sets NNLESSON_MODEL_SOURCE
public sealed class ModelCatalogTests
{
    [Fact]
    public void ResNet18_has_the_zoo_file_size_and_checksum()
    {
        var model = ModelCatalog.Find("ResNet18");

        Assert.NotNull(model);
        Assert.Equal("resnet18-v1-7.onnx", model.Model.FileName);
        Assert.Equal(46_820_737, model.Model.Size);
        Assert.Equal("4e8f8653e7a2222b3904cc3fe8e304cd8b339ce1d05fd24688162f86fb6df52c", model.Model.Sha256);
        Assert.EndsWith("/vision/classification/resnet/model/resnet18-v1-7.onnx", model.Model.CanonicalUrl.AbsolutePath);
        Assert.Equal([model.Model, model.Labels], model.Files);
        Assert.Null(ModelCatalog.Find("resnet19"));
    }

    [SharedFact]
    public void The_labels_entry_matches_the_real_shared_imagenet_classes_file()
    {
        // Independent check of the catalogue numbers: the shared copy came byte for byte from pytorch/hub.
        var shared = Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt");

        Assert.Equal(new FileInfo(shared).Length, ModelCatalog.ImageNetLabels.Size);
        Assert.Equal(Sha256File.Of(shared), ModelCatalog.ImageNetLabels.Sha256);
        Assert.Equal(1000, File.ReadAllLines(shared).Length);
    }

    [SharedFact]
    public async Task The_real_labels_file_downloads_from_a_local_mirror_of_shared_models()
    {
        var folder = RepoPaths.NewTempFolder("nnlesson-labels");
        try
        {
            var mirror = DownloadSource.Parse(Path.Combine(RepoPaths.Shared, "models"), "--source");
            using var downloader = new ModelDownloader();

            var result = await downloader.DownloadAsync(DownloadSource.SpecFor(ModelCatalog.ImageNetLabels, mirror), folder);

            Assert.Equal(DownloadOutcome.Downloaded, result.Outcome);
            Assert.Equal("tench", File.ReadAllLines(result.Path)[0]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/resnet18-v1-7.onnx")]
    [InlineData("http://127.0.0.1:8080/mirror", "http://127.0.0.1:8080/mirror/resnet18-v1-7.onnx")]
    [InlineData("https://mirror.example/models/", "https://mirror.example/models/resnet18-v1-7.onnx")]
    public void A_mirror_base_keeps_only_the_file_name(string source, string expected)
    {
        var spec = DownloadSource.SpecFor(ModelCatalog.ResNet18.Model, DownloadSource.Parse(source, "--source"));

        Assert.Equal(expected, spec.Url.AbsoluteUri);
        Assert.Equal(ModelCatalog.ResNet18.Model.Sha256, spec.Sha256);
    }

    [Fact]
    public void Without_a_mirror_the_canonical_address_is_used()
    {
        var spec = DownloadSource.SpecFor(ModelCatalog.ResNet18.Model, mirror: null);

        Assert.Equal(ModelCatalog.ResNet18.Model.CanonicalUrl, spec.Url);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    [InlineData("/no/such/folder/anywhere")]
    public void A_source_that_is_neither_http_nor_a_folder_is_a_one_line_error(string source)
    {
        var error = Assert.Throws<LessonException>(() => DownloadSource.Parse(source, "--source"));

        Assert.Contains("--source must be", error.Message);
    }

    [Fact]
    public void The_option_wins_over_the_environment_variable()
    {
        var before = Environment.GetEnvironmentVariable(ModelCatalog.SourceVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelCatalog.SourceVariable, "http://127.0.0.1:1/env/");
            Assert.Equal("http://127.0.0.1:1/env/", DownloadSource.Resolve(null)!.AbsoluteUri);
            Assert.Equal("http://127.0.0.1:2/opt/", DownloadSource.Resolve("http://127.0.0.1:2/opt")!.AbsoluteUri);
            Environment.SetEnvironmentVariable(ModelCatalog.SourceVariable, null);
            Assert.Null(DownloadSource.Resolve(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelCatalog.SourceVariable, before);
        }
    }

    [Theory]
    [InlineData(999, "999 B")]
    [InlineData(10_472, "10.5 kB")]
    [InlineData(46_820_737, "46.8 MB")]
    public void Sizes_print_in_decimal_units(long bytes, string expected) => Assert.Equal(expected, ByteSize.Format(bytes));
}
