using NnLesson.Cli;
using NnLesson.Vision.Datasets;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson data download fashion-mnist` in-process; the "official location" is a server on 127.0.0.1 (--source).</summary>
public sealed class DataCommandTests : IDisposable
{
    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-data-cli");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, byte[]> DebianFiles() =>
        NeedsFashionMnist.Files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(NeedsFashionMnist.Folder, f)));

    [FashionMnistFact]
    public void Download_from_a_mirror_with_the_official_files_saves_all_four_verified_and_says_how_to_train()
    {
        using var server = LoopbackHttpServer.ServingFiles(DebianFiles());

        var (exit, stdout, stderr) = CliRun.En("data", "download", "fashion-mnist", "--source", server.BaseUrl.AbsoluteUri, "--dir", _folder);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.True(IdxDataSet.Has(_folder));
        foreach (var file in NeedsFashionMnist.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(NeedsFashionMnist.Folder, file)), File.ReadAllBytes(Path.Combine(_folder, file)));
        }
        Assert.Equal(4, Directory.EnumerateFileSystemEntries(_folder).Count()); // no temporary file left behind
        Assert.Contains($"nnlesson train-cnn --data {_folder}", stdout);
    }

    [Fact]
    public void A_mirror_offering_files_of_the_wrong_size_fails_with_one_ukrainian_line_exit_1_and_leaves_nothing()
    {
        using var server = LoopbackHttpServer.ServingFiles(NeedsFashionMnist.Files.ToDictionary(f => f, _ => "not an IDX file"u8.ToArray()));

        var run = CliRun.Of("data", "download", "fashion-mnist", "--source", server.BaseUrl.AbsoluteUri, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("nnlesson: Не вдалося завантажити train-images-idx3-ubyte.gz з http://127.0.0.1:", line);
        Assert.Contains("сервер пропонує 15 байтів, а файл має 26", line);
        Assert.Contains("нічого не збережено", line);
        Assert.Empty(Directory.EnumerateFiles(_folder));
        Assert.Equal(["/train-images-idx3-ubyte.gz"], server.RequestedPaths); // stopped at the first bad file
    }

    [FashionMnistFact]
    public void A_file_of_the_right_size_with_other_bytes_fails_on_its_checksum_and_is_not_kept()
    {
        var files = DebianFiles();
        files["t10k-labels-idx1-ubyte.gz"] = new byte[files["t10k-labels-idx1-ubyte.gz"].Length]; // same size, wrong bytes

        using var server = LoopbackHttpServer.ServingFiles(files);
        var run = CliRun.En("data", "download", "fashion-mnist", "--source", server.BaseUrl.AbsoluteUri, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("Download of t10k-labels-idx1-ubyte.gz", line);
        Assert.Contains("checksum mismatch", line);
        Assert.Contains("but expected 8d3605d196f4", line);
        Assert.False(File.Exists(Path.Combine(_folder, "t10k-labels-idx1-ubyte.gz")));
        Assert.False(IdxDataSet.Has(_folder));
        Assert.Equal(3, Directory.EnumerateFileSystemEntries(_folder).Count()); // the three good files, no temporary one
    }

    [Fact]
    public void An_unreachable_source_fails_with_one_line_in_english_too_and_exit_1()
    {
        var source = $"http://127.0.0.1:{LoopbackHttpServer.UnusedPort()}/";

        var run = CliRun.En("data", "download", "fashion-mnist", "--source", source, "--dir", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("connection refused", line);
        Assert.Contains("nothing was saved", line);
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Theory]
    [InlineData("data", "download")]
    [InlineData("data", "download", "mnist-digits")]
    [InlineData("data", "download", "fashion-mnist", "--source", "ftp://127.0.0.1/")]
    public void Missing_or_bad_arguments_are_usage_errors(params string[] args)
    {
        var run = CliRun.En(args);

        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Help_describes_the_command_in_ukrainian_and_in_english()
    {
        Assert.Contains("Завантажити чотири файли Fashion-MNIST з офіційного джерела", CliRun.Of("data", "download", "--help").Output);
        Assert.Contains("Download the four Fashion-MNIST files from the official location", CliRun.En("data", "download", "--help").Output);
    }
}
