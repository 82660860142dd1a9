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
        // Every stage the name promises: the photo, shorter side to 256, centre crop 224, the normalised tensor, conv1's maps.
        Assert.Equal("920×920×3", (string?)metrics["raw_shape"]);
        Assert.Equal("256×256×3", (string?)metrics["resized_shape"]);
        Assert.Equal("224×224×3", (string?)metrics["crop_shape"]);
        Assert.Equal([1, 3, 224, 224], metrics["tensor_shape"]!.AsArray().Select(d => (int)d!));
        double[] mean = [0.485, 0.456, 0.406], std = [0.229, 0.224, 0.225]; // ImageNet's normalisation: (v/255 − mean) / std
        for (var c = 0; c < 3; c++)
        {
            var (min, max) = ((double)metrics["tensor_channel_min"]![c]!, (double)metrics["tensor_channel_max"]![c]!);
            Assert.InRange(min, (0 - mean[c]) / std[c] - 1e-6, max);
            Assert.InRange(max, min, (1 - mean[c]) / std[c] + 1e-6);
        }
        Assert.Contains("conv1", (string?)metrics["feature_layer"]);
        Assert.Equal([1, 64, 112, 112], metrics["feature_shape"]!.AsArray().Select(d => (int)d!));
        Assert.Equal(0.0, (double)metrics["feature_min"]!); // after ReLU, and some unit is off somewhere
        Assert.True((double)metrics["feature_max"]! > 0);
        Assert.Equal("banana", (string?)metrics["top"]![0]!["label"]);
    }
}
