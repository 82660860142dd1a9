namespace NnLesson.Cli.Tests.Reliability;

/// <summary>Defect 8 of issue 6: messages that named the wrong thing or nothing at all.</summary>
public class MessageTests
{
    [Theory]
    [InlineData("slid3", "slide3")]
    [InlineData("slide5-trian", "slide5-train")]
    [InlineData("clasify", "classify")]
    public void A_mistyped_command_is_named_with_the_nearest_command(string typed, string meant)
    {
        var run = CliRun.En(typed);

        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"'{typed}'", line);
        Assert.Contains($"did you mean '{meant}'", line);
    }

    [Fact]
    public void A_mistyped_subcommand_is_named_with_the_nearest_subcommand()
    {
        var run = CliRun.En("model", "lst");

        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("'lst'", line);
        Assert.Contains("did you mean 'model list'", line);
    }

    [Fact]
    public void A_word_far_from_every_command_lists_the_commands()
    {
        var line = Assert.Single(CliRun.En("banana").ErrorLines);
        Assert.Contains("unknown command 'banana'", line);
        Assert.Contains("slide3", line);
        Assert.Contains("classify", line);
    }

    [Fact]
    public void A_huge_noise_blames_noise_not_the_learning_rate()
    {
        var run = CliRun.En("slide5-train", "--noise", "1e300", "--out", RepoPaths.NewTempFolder());

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("--noise", line);
        Assert.DoesNotContain("--lr", line);
    }
}
