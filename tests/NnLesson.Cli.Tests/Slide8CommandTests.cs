using System.Text.Json.Nodes;
using NnLesson.Cli;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson slide8` in-process: run-time errors (exit 1, one line, no figure) and a real run with its manifest (exit 0).</summary>
public class Slide8CommandTests
{
    [Theory]
    [InlineData("--image", "no-such-photo.jpg")]
    [InlineData("--model", "no-such-model.onnx")]
    public void A_missing_file_is_a_one_line_runtime_error_and_writes_nothing(string option, string file)
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, _, error) = CliRun.Of("slide8", option, Path.Combine(outDir, file), "--out", outDir);
        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains(file, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [SharedFact]
    public void Runs_the_shared_model_and_records_the_stages_in_the_manifest()
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, output, error) = CliRun.Of("slide8", "--image", RepoPaths.SharedImage("banana_0.jpg"), "--model", RepoPaths.SharedModel,
            "--lang", "en", "--size", "640x360", "--out", outDir);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("banana", output);
        Assert.Contains("[1, 64, 112, 112]", output); // ResNet-18's conv1, computed from scratch
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        Assert.Equal("slide8_pipeline.png", (string?)manifest["figures"]![0]!["file"]);
        var metrics = manifest["metrics"]!["slide8"]!;
        Assert.Equal("920×920×3", (string?)metrics["raw_shape"]);
        Assert.Equal("banana", (string?)metrics["top"]![0]!["label"]);
    }
}
