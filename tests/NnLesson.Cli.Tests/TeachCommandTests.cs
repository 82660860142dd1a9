using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Vision.Transfer;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson teach`, and `classify --head` / `slide6 --head` with the head it writes.</summary>
public class TeachCommandTests
{
    [Theory]
    [InlineData("--epochs", "0")]
    [InlineData("--lr", "-1")]
    [InlineData("--l2", "nan")]
    [InlineData("--val-fraction", "1.5")]
    [InlineData("--val-fraction", "0")]
    public void Nonsense_options_are_usage_errors(string option, string value)
    {
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("teach", TeachData.Hymenoptera, option, value, "--out", folder);
        Assert.Equal(ExitCodes.InvalidUsage, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Missing_data_is_a_usage_error_and_a_missing_folder_a_run_time_error()
    {
        Assert.Equal(ExitCodes.InvalidUsage, CliRun.Of("teach").ExitCode);
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("teach", Path.Combine(folder, "no-such-photos"), "--out", Path.Combine(folder, "out"));
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("не знайдено", run.Error); // the default run speaks Ukrainian
        Assert.False(File.Exists(Path.Combine(folder, "out", "manifest.json")));
    }

    [SharedFact]
    public void A_class_whose_photos_all_fail_is_refused_and_nothing_is_written()
    {
        var data = TeachData.SmallCopy(3);
        var wasps = Directory.CreateDirectory(Path.Combine(data, "wasps")).FullName;
        File.WriteAllText(Path.Combine(wasps, "a.jpg"), "not a photo");
        var output = RepoPaths.NewTempFolder();
        var run = CliRun.Of("teach", data, "--out", output, "--cache", RepoPaths.NewTempFolder());
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Contains("У класі «wasps» немає жодного фото для навчання", run.Error); // the default run speaks Ukrainian
        Assert.Empty(Directory.GetFiles(output));
    }

    [SharedFact]
    public void Teach_writes_figures_head_and_manifest_and_the_head_classifies_new_photos()
    {
        var data = TeachData.SmallCopy(10);
        var output = RepoPaths.NewTempFolder();
        var run = CliRun.Of("teach", data, "--out", output, "--cache", RepoPaths.NewTempFolder(), "--lang", "en", "--size", "800x450", "--epochs", "50");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("Gradient check", run.Output);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")))!;
        var teach = manifest["metrics"]!["teach"]!.AsObject();
        foreach (var key in new[] { "classes", "train_count", "validation_count", "train_accuracy", "validation_accuracy", "final_loss",
                     "gradient_check_max_relative_error", "skipped_files" })
        {
            Assert.True(teach.ContainsKey(key), $"metrics.teach.{key} missing");
        }
        Assert.Equal(5, manifest["figures"]!.AsArray().Count);
        var head = Path.Combine(output, HeadFile.FileName);

        // Validation photos of the shared set were never seen by this head.
        var ant = Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, "val", "ants")).Order(StringComparer.Ordinal).First();
        var bee = Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, "val", "bees")).Order(StringComparer.Ordinal).First();
        var classify = CliRun.Of("classify", ant, bee, "--head", head, "--json");
        Assert.True(classify.ExitCode == ExitCodes.Success, classify.Error);
        var answers = JsonDocument.Parse(classify.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(HeadClassifier.BackendName, a.GetProperty("backend").GetString()));
        Assert.Equal(2, answers[0].GetProperty("top").GetArrayLength()); // two classes, even with the default --top 5
        var labels = answers.Select(a => a.GetProperty("top")[0].GetProperty("label").GetString()).ToList();
        Assert.All(labels, l => Assert.Contains(l, new[] { "ants", "bees" }));
        var sum = answers[0].GetProperty("top").EnumerateArray().Sum(p => p.GetProperty("probability").GetDouble());
        Assert.Equal(1, sum, 9);

        var slide6Folder = RepoPaths.NewTempFolder();
        var slide6 = CliRun.Of("slide6", "--head", head, "--image", bee, "--out", slide6Folder, "--size", "800x450");
        Assert.True(slide6.ExitCode == ExitCodes.Success, slide6.Error);
        using var figure = PngAssert.IsFigure(Path.Combine(slide6Folder, "slide6_resnet18+head.png"), 800, 450);
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(slide6Folder, "manifest.json")))!["metrics"]!["slide6"]!;
        Assert.Equal(HeadClassifier.BackendName, (string)metrics["backend"]!);
    }

    [SharedFact]
    public void A_head_that_is_not_one_or_belongs_to_another_model_is_refused_in_one_line()
    {
        var folder = RepoPaths.NewTempFolder();
        var photo = RepoPaths.SharedImage("banana_0.jpg");
        var notHead = Path.Combine(folder, "notes.json");
        File.WriteAllText(notHead, "{\"hello\": 1}");
        var run = CliRun.Of("classify", photo, "--head", notHead);
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("не файл голови", run.Error); // the default run speaks Ukrainian

        var foreign = Path.Combine(folder, "foreign.json");
        var head = new NnLesson.Core.Transfer.TrainedHead(["a", "b"],
            new NnLesson.Core.Transfer.FeatureStandardizer(new double[512], [.. Enumerable.Repeat(1.0, 512)]), new NnLesson.Core.Transfer.SoftmaxHead(2, 512));
        HeadFile.Write(foreign, head, new string('f', 64), []);
        var s6Out = RepoPaths.NewTempFolder();
        var slide6 = CliRun.Of("slide6", "--head", foreign, "--image", photo, "--out", s6Out, "--lang", "en");
        Assert.Equal(ExitCodes.RuntimeFailure, slide6.ExitCode);
        Assert.Single(slide6.ErrorLines);
        Assert.Contains("belongs to another model", slide6.Error);
        Assert.DoesNotContain(Directory.GetFiles(s6Out), f => f.EndsWith(".png", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.InvalidUsage, CliRun.Of("classify", photo, "--head", foreign, "--model", RepoPaths.SharedModel).ExitCode);
    }
}
