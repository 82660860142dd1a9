using System.Text.Json.Nodes;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Defect 3 of issue 6: `all` said "pass --image PATH" but rejected --image. It now takes the options its
/// slides take (--image, --model, --labels) and hands them to slides 6 and 8.
/// </summary>
public class AllOptionsTests
{
    [SharedFact]
    public void All_passes_image_model_and_labels_to_slides_6_and_8()
    {
        var folder = RepoPaths.NewTempFolder();
        var image = RepoPaths.SharedImage("banana_0.jpg");
        var labels = Path.Combine(Path.GetDirectoryName(RepoPaths.SharedModel)!, "imagenet_classes.txt");

        var run = CliRun.Of("all", "--out", folder, "--lang", "en", "--size", "640x360",
            "--image", image, "--model", RepoPaths.SharedModel, "--labels", labels);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(Path.Combine(folder, "slide6_mobilenetv2-12-int8.png")));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        Assert.Equal(954, (int)manifest["metrics"]!["slide6"]!["top"]![0]!["index"]!); // banana, not the sample cat
        Assert.Contains("banana_0.jpg", manifest["parameters"]!["slide6"]!.ToJsonString());
        Assert.Contains("banana_0.jpg", manifest["parameters"]!["slide8"]!.ToJsonString());
    }

    [Fact]
    public void A_missing_image_given_to_all_fails_before_any_figure_is_written()
    {
        var folder = RepoPaths.NewTempFolder();

        var run = CliRun.Of("all", "--out", folder, "--image", Path.Combine(folder, "nope.jpg"));

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Contains("nope.jpg", Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.GetFiles(folder));
    }
}
