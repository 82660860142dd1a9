using NnLesson.Cli;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson slide6` in-process: option validation (exit 2), run-time errors (exit 1), a real run (exit 0).</summary>
public class Slide6CommandTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("five")]
    public void Top_out_of_range_is_a_usage_error(string top)
    {
        var (exit, _, error) = CliRun.Of("slide6", "--top", top, "--out", RepoPaths.NewTempFolder());
        Assert.Equal(ExitCodes.InvalidUsage, exit);
        Assert.Contains("--top", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Missing_model_is_a_one_line_runtime_error_and_writes_nothing()
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, _, error) = CliRun.Of("slide6", "--model", Path.Combine(outDir, "resnet81.onnx"), "--out", outDir);
        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains("resnet81.onnx", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [SharedFact]
    public void Runs_the_shared_model_on_a_photo()
    {
        var outDir = RepoPaths.NewTempFolder();
        var (exit, output, error) = CliRun.Of("slide6", "--image", RepoPaths.SharedImage("robin_bird_0.jpg"), "--model", RepoPaths.SharedModel,
            "--top", "3", "--lang", "en", "--size", "640x360", "--out", outDir);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("robin", output);
        using var figure = PngAssert.IsFigure(Path.Combine(outDir, "slide6_mobilenetv2-12-int8.png"), 640, 360);
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
    }
}
