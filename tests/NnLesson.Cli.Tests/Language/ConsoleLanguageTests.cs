namespace NnLesson.Cli.Tests.Language;

/// <summary>The console follows --lang: a Ukrainian run of every slide prints no English prose.</summary>
public class ConsoleLanguageTests
{
    [Theory]
    [InlineData("Shapes of the forward pass ([batch, features])")]
    [InlineData("│ 1 │ Egyptian cat │ 285 │ the output reads │")]
    [InlineData("! No ONNX model found (looked at --model): using the fallback")]
    [InlineData("Training: 2000 epochs in 3.57 s")]
    public void The_detector_flags_english_prose(string line) => Assert.Single(EnglishProse.Find(line));

    [Theory]
    [InlineData("Рушій: ONNX Runtime (CPU); вхід 'input' [1, 3, 224, 224] → вихід 'output' [1, 1000] логіти → softmax")]
    [InlineData("Фото: /work/my photos/cat sample.jpg (300×451×3, H×W×C)")]
    [InlineData("Справжня CNN: `nnlesson model download resnet18`   (або --model ШЛЯХ.onnx)")]
    [InlineData("│ 1 │ 285 │ єгипетський кіт │ Egyptian cat │ 70,51 % │")]
    [InlineData("AND: збіглося за 6 епох; межа 0,268·x₁ + 0,041·x₂ − 0,274 = 0")]
    public void The_detector_passes_ukrainian_lines_with_code_and_names(string line) => Assert.Empty(EnglishProse.Find(line));

    [Fact]
    public void A_detector_given_a_verbatim_name_leaves_only_that_name_alone() =>
        Assert.Empty(EnglishProse.Find("│ 3 │ German short-haired pointer │ 0,5 % │", ["German short-haired pointer"]));

    [SharedFact]
    public void All_in_ukrainian_prints_no_english_prose()
    {
        var run = CliRun.Of("all", "--out", RepoPaths.NewTempFolder(), "--lang", "uk", "--size", "640x360");

        Assert.True(run.ExitCode == 0, run.Error);
        // English ImageNet labels may stand beside the Ukrainian name; they are names, not prose.
        var labels = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt"));
        var prose = EnglishProse.Find(run.Output + "\n" + run.Error, labels);
        Assert.True(prose.Count == 0, "English prose in a --lang uk run:\n" + string.Join("\n", prose));
    }

    [Fact]
    public void An_english_run_does_print_english_prose()
    {
        // The same detector on an English run of a slide finds plenty: the Ukrainian test above can fail.
        var run = CliRun.Of("slide4", "--out", RepoPaths.NewTempFolder(), "--lang", "en", "--size", "640x360");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(EnglishProse.Find(run.Output).Count > 10, run.Output);
    }
}
