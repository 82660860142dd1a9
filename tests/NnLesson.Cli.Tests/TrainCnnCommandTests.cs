namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson train-cnn`: bad options are usage errors, a folder without the data set one run-time line; a tiny run works.</summary>
public class TrainCnnCommandTests
{
    [Theory]
    [InlineData("--epochs", "0")]
    [InlineData("--lr", "-0.1")]
    [InlineData("--lr", "nan")]
    [InlineData("--batch", "0")]
    [InlineData("--channels", "8")]
    [InlineData("--channels", "8,0")]
    [InlineData("--channels", "a,b")]
    [InlineData("--limit", "0")]
    public void Nonsense_options_are_usage_errors_that_write_nothing(string option, string value)
    {
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("train-cnn", option, value, "--out", folder);
        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_data_folder_without_idx_files_is_one_line_in_the_runs_language_and_exit_1()
    {
        var folder = RepoPaths.NewTempFolder();
        var empty = RepoPaths.NewTempFolder();
        var uk = CliRun.Of("train-cnn", "--data", empty, "--out", folder);
        Assert.Equal(ExitCodes.RuntimeFailure, uk.ExitCode);
        Assert.Single(uk.ErrorLines);
        Assert.Contains("apt-get install dataset-fashion-mnist", uk.Error);
        Assert.Contains("немає чотирьох файлів IDX", uk.Error);
        var en = CliRun.Of("train-cnn", "--data", empty, "--out", folder, "--lang", "en");
        Assert.Contains("does not hold the four IDX files", en.Error);
        Assert.False(File.Exists(Path.Combine(folder, "manifest.json")));
    }

    [Fact]
    public void A_tiny_run_writes_the_figures_cnn_json_and_the_manifest_metrics()
    {
        var data = TinyIdx.Folder(train: 96, test: 30);
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("train-cnn", "--data", data, "--epochs", "1", "--batch", "32", "--channels", "4,6", "--out", folder, "--size", "640x360", "--lang", "en");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(Path.Combine(folder, "cnn.json")));
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var metrics = manifest["metrics"]!["train-cnn"]!; // keyed by the slide id, like every slide's
        Assert.InRange((double)metrics["test_accuracy"]!, 0, 1);
        Assert.True((double)metrics["gradient_check_max_relative_error"]! <= 1e-6);
        Assert.Single(metrics["epoch_seconds"]!.AsArray());
        Assert.Equal([4, 6], manifest["parameters"]!["train-cnn"]!["channels"]!.AsArray().Select(c => (int)c!));
    }
}
