namespace NnLesson.Cli.Tests;

public class UsageErrorTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_zero()
    {
        var run = CliRun.En("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in new[] { "all", "slide3", "slide4", "slide5-activations", "slide5-train", "slide6", "slide8", "classify", "model" })
        {
            Assert.Contains(command, run.Output);
        }
    }

    [Fact]
    public void Slide5_train_help_describes_its_options()
    {
        var run = CliRun.En("slide5-train", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in new[] { "--epochs", "--lr", "--hidden", "--samples", "--noise", "--dataset", "--out", "--lang", "--seed", "--size" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("slide3", "--no-such-option")]
    [InlineData("slide3", "--lang", "de")]
    [InlineData("slide3", "--seed", "many")]
    [InlineData("slide3", "--size", "huge")]
    [InlineData("slide5-train", "--epochs", "0")]
    [InlineData("slide5-train", "--epochs", "-5")]
    [InlineData("slide5-train", "--lr", "0")]
    [InlineData("slide5-train", "--lr", "-0.1")]
    [InlineData("slide5-train", "--lr", "NaN")]
    [InlineData("slide5-train", "--lr", "Infinity")]
    [InlineData("slide5-train", "--hidden", "0")]
    [InlineData("slide5-train", "--samples", "3")]
    [InlineData("slide5-train", "--noise", "-1")]
    [InlineData("slide5-train", "--dataset", "mnist")]
    public void Nonsense_options_are_a_one_line_usage_error_with_exit_code_2(params string[] args)
    {
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.En([.. args, "--out", folder]);
        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("nnlesson: ", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void An_output_path_that_is_a_file_fails_with_exit_code_1_and_leaves_the_file_alone()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "not-a-folder");
        File.WriteAllText(file, "keep me");
        var run = CliRun.En("slide5-activations", "--out", file);
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("is a file", run.Error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_fails_with_exit_code_1()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "blocker");
        File.WriteAllText(file, "x");
        var run = CliRun.En("slide4", "--out", Path.Combine(file, "figures"));
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("Cannot write to the output folder", run.Error);
    }
}
