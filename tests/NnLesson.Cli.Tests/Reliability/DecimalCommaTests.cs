using System.Text.Json.Nodes;
using NnLesson.Slides.Running;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Defect 5 of issue 6: `--lr 0,5` was read as 5 and `--noise 0,2` as 2 (the comma taken as a thousands
/// separator). Ukrainian users write decimal commas: both "0,5" and "0.5" now mean 0.5, and anything
/// ambiguous is refused, never misread.
/// </summary>
public class DecimalCommaTests
{
    [Theory]
    [InlineData("0,5", "0,2")]
    [InlineData("0.5", "0.2")]
    public void Slide5_train_reads_a_decimal_comma_as_a_decimal_point(string lr, string noise)
    {
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("slide5-train", "--lr", lr, "--noise", noise, "--epochs", "2", "--samples", "20", "--size", "640x360", "--out", folder);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var parameters = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["parameters"]!["slide5-train"]!;
        Assert.Equal(0.5, (double)parameters["learning_rate"]!);
        Assert.Equal(0.2, (double)parameters["noise"]!);
    }

    [Theory]
    [InlineData("--lr", "1,000.5")]
    [InlineData("--lr", "1.000,5")]
    [InlineData("--noise", "0,1,2")]
    [InlineData("--noise", "1 000")]
    [InlineData("--lr", "0,5x")]
    public void An_ambiguous_number_is_a_usage_error_naming_the_option(string option, string value)
    {
        var run = CliRun.Of("slide5-train", option, value, "--out", RepoPaths.NewTempFolder());

        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(option, line);
        Assert.Contains(value, line);
    }

    [Theory]
    [InlineData("0,5", 0.5)]
    [InlineData("0.5", 0.5)]
    [InlineData(",5", 0.5)]
    [InlineData("-2,25", -2.25)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2,5e-1", 0.25)]
    [InlineData("3", 3.0)]
    public void Decimal_numbers_accept_either_separator(string text, double expected)
    {
        Assert.Equal(expected, DecimalNumber.TryParse(text));
    }

    [Fact]
    public void SlideScript_reads_floating_options_with_either_separator()
    {
        var script = SlideScript.Parse(["--lr", "0,5", "--noise", "0.25"], "slide5-train", "--lr", "--noise");

        Assert.Null(script.Error);
        Assert.Equal(0.5, script.GetNumber("--lr"));
        Assert.Equal(0.25, script.GetNumber("--noise"));
        Assert.Null(script.GetNumber("--epochs"));

        var bad = SlideScript.Parse(["--lr", "1,000.5"], "slide5-train", "--lr");
        Assert.Null(bad.GetNumber("--lr"));
        Assert.Contains("--lr", bad.Error);
    }
}
