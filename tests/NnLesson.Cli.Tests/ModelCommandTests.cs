using NnLesson.Cli;
using NnLesson.Vision.Models;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson model list|download` in-process; downloads go to a server on 127.0.0.1 only.</summary>
public sealed class ModelCommandTests : IDisposable
{
    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-model-cli");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedFact]
    public void List_names_resnet18_with_its_file_size_and_checksum_prefix()
    {
        var (exit, stdout, stderr) = CliRun.Of("model", "list");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Contains("resnet18", stdout);
        Assert.Contains("resnet18-v1-7.onnx", stdout);
        Assert.Contains("46.8 MB", stdout);
        Assert.Contains("4e8f8653e7a2", stdout);
        Assert.Contains("imagenet_classes.txt", stdout);
        Assert.Contains("classify would ", stdout);
        if (Environment.GetEnvironmentVariable("NNLESSON_MODEL") is null && !Directory.Exists(Path.Combine(RepoPaths.Root, "models")))
        {
            // Only the shared folder has a model, so the resolver's choice is that one, named with its rule.
            Assert.Contains($"classify would use {RepoPaths.SharedModel} (found by the ../shared/models rule", stdout);
        }
    }

    [Fact]
    public void List_shows_the_resnet18_backbone_restore_brought_verified_and_where_it_came_from()
    {
        var (exit, stdout, _) = CliRun.Of("model", "list");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("resnet18-backbone", stdout);
        Assert.Contains("ResNet18.onnx", stdout);
        Assert.Contains("e2552f19db2d", stdout);
        Assert.Contains("verified", stdout);
        Assert.Contains("from: NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1 (MIT)", stdout);
        Assert.Contains(NnLesson.Vision.Models.ResNet18Package.Require().BackboneFile, stdout.Replace("\n", ""));
        // The resolver knows the backbone but never offers it to classify (no 1000-class head).
        Assert.DoesNotContain("classify would use " + NnLesson.Vision.Models.ResNet18Package.Require().BackboneFile, stdout);
    }

    [SharedFact]
    public void Download_from_a_mirror_serving_the_wrong_file_fails_with_one_line_and_leaves_nothing()
    {
        using var server = LoopbackHttpServer.ServingFiles(new Dictionary<string, byte[]>
        {
            ["resnet18-v1-7.onnx"] = "this is not a neural network"u8.ToArray(),
            ["imagenet_classes.txt"] = File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt")),
        });

        var (exit, _, stderr) = CliRun.Of("model", "download", "resnet18", "--source", server.BaseUrl.AbsoluteUri, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("nnlesson: Download of resnet18-v1-7.onnx from http://127.0.0.1:", line);
        Assert.Contains("nothing was saved", line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
        Assert.Equal(["/resnet18-v1-7.onnx"], server.RequestedPaths); // stopped at the first bad file
    }

    [Fact]
    public void Download_with_the_right_bytes_but_a_broken_connection_leaves_nothing()
    {
        // Announces the real ResNet-18 size, sends 64 kB, closes: the classic interrupted download.
        using var server = new LoopbackHttpServer(_ => new LoopbackHttpServer.Reply(
            200, new byte[65_536], AnnouncedLength: ModelCatalog.ResNet18.Model.Size));

        var (exit, _, stderr) = CliRun.Of("model", "download", "resnet18", "--source", server.BaseUrl.AbsoluteUri, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains("connection broke after 65,536 of 46,820,737 bytes", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void Download_from_a_refused_port_fails_with_exit_1()
    {
        var source = $"http://127.0.0.1:{LoopbackHttpServer.UnusedPort()}/";

        var (exit, _, stderr) = CliRun.Of("model", "download", "resnet18", "--source", source, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains("connection refused", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void An_unknown_model_is_a_usage_error_that_lists_the_known_names()
    {
        var (exit, stdout, stderr) = CliRun.Of("model", "download", "resnet1000", "--dir", _folder);

        Assert.Equal(ExitCodes.InvalidUsage, exit);
        Assert.Equal("", stdout);
        Assert.Contains("Unknown model 'resnet1000'; known models: resnet18", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("model")]
    [InlineData("model", "download")]
    [InlineData("model", "download", "resnet18", "--source", "ftp://127.0.0.1/")]
    public void Missing_or_bad_arguments_are_usage_errors(params string[] args)
    {
        var (exit, _, stderr) = CliRun.Of(args);

        Assert.Equal(ExitCodes.InvalidUsage, exit);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
