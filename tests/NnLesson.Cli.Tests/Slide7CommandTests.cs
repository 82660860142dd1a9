using System.Text.Json.Nodes;
using NnLesson.Cli;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson slide7` in-process: a bad photo is a one-line run-time error; a real run writes five figures, the convolution animation and the parity.</summary>
public class Slide7CommandTests
{
    [Fact]
    public void A_missing_photo_is_a_one_line_runtime_error_and_writes_nothing()
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, _, error) = CliRun.Of("slide7", "--image", Path.Combine(outDir, "no-such-photo.jpg"), "--out", outDir);
        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains("no-such-photo.jpg", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_before_anything_is_written()
    {
        var outDir = RepoPaths.NewTempFolder();
        var fake = Path.Combine(RepoPaths.NewTempFolder(), "photo.jpg");
        File.WriteAllText(fake, "not a picture");
        var (exit, _, error) = CliRun.Of("slide7", "--image", fake, "--out", outDir);
        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [SharedFact]
    public void Runs_resnet18_on_a_photo_and_records_parity_per_stage_in_the_manifest()
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, output, error) = CliRun.Of("slide7", "--image", RepoPaths.SharedImage("samoyed_pytorch-hub_dog.jpg"),
            "--lang", "en", "--size", "640x360", "--out", outDir);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("layer4", output);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        Assert.Equal(6, manifest["figures"]!.AsArray().Count); // five figures and the convolution animation
        var metrics = manifest["metrics"]!["slide7"]!;
        Assert.All(metrics["parity"]!.AsArray(), p => Assert.True((bool)p!["within_1e-4"]!));
        Assert.Equal("Samoyed", (string?)metrics["top_class"]);
        foreach (var file in new[] { "slide7_convolution.png", "slide7_filters.png", "slide7_depth.png", "slide7_residual.png", "slide7_cam.png" })
        {
            using var bitmap = PngAssert.IsFigure(Path.Combine(outDir, file), 640, 360);
        }
    }
}
