using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Figures.Slide5Train;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using ScottPlot;

namespace NnLesson.Slides.Tests.Slide5Train;

public class Slide5TrainGdTests
{
    private static readonly FigureSize Small = new(800, 450);

    [Fact]
    public void Default_run_writes_both_figures_the_manifest_and_keeps_the_accuracy_promise()
    {
        var folder = RepoPaths.NewTempFolder();
        var context = SlideRun.NewContext(Small, folder: folder);

        var outcome = LessonRun.Execute(context, [c => Slide5TrainGd.Run(c, Slide5TrainOptions.Default)]).Single();

        Assert.Equal(Slide5TrainGd.FigureFiles, outcome.Figures.Select(f => f.FileName));
        foreach (var file in Slide5TrainGd.FigureFiles)
        {
            using var bitmap = PngAssert.IsFigure(Path.Combine(folder, file), Small.Width, Small.Height);
        }
        var metrics = outcome.Metrics!;
        Assert.True(metrics["validation_accuracy"]!.GetValue<double>() >= 0.96, $"validation accuracy {metrics["validation_accuracy"]}");
        Assert.True(metrics["gradient_check_max_relative_error"]!.GetValue<double>() < Slide5TrainGd.GradientCheckTolerance);
        Assert.Equal(2000, metrics["epochs"]!.GetValue<int>());
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunManifest.FileName)))!;
        Assert.Equal(0.2, manifest["parameters"]!["slide5-train"]!["noise"]!.GetValue<double>());
        Assert.Equal("moons", manifest["parameters"]!["slide5-train"]!["dataset"]!.GetValue<string>());
    }

    [Fact]
    public void Metrics_have_exactly_the_promised_keys()
    {
        var outcome = Slide5TrainGd.Run(SlideRun.NewContext(Small), Reduced);
        string[] expected =
        [
            "final_loss", "train_accuracy", "validation_accuracy", "gradient_check_max_relative_error", "epochs",
            "initial_loss", "validation_loss", "gradient_check_per_tensor", "train_points", "validation_points",
        ];
        Assert.Equal(expected.Order(), outcome.Metrics!.Select(p => p.Key).Order());
        Assert.Equal(["W1", "b1", "W2", "b2"], outcome.Metrics!["gradient_check_per_tensor"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["epochs", "learning_rate", "hidden", "samples", "noise", "dataset"], outcome.Parameters!.Select(p => p.Key));
        Assert.Equal(300, outcome.Metrics!["epochs"]!.GetValue<int>());
        Assert.Equal(160, outcome.Metrics!["train_points"]!.GetValue<int>());
    }

    [Fact]
    public void The_boundary_figure_colours_each_class_region_in_its_class_colour()
    {
        var folder = RepoPaths.NewTempFolder();
        var context = SlideRun.NewContext(Small, Lang.En, folder: folder);
        Slide5TrainGd.Run(context, Reduced);
        // The same seed and options train the same network again; laying out the same plot tells where
        // each plane coordinate landed in the saved picture.
        var result = Slide5TrainGd.Recipe.Compute(Reduced, context.Seed, SlideProgress.None);
        var plot = TrainedBoundaryFigure.Build(result.Trained, result.Setup.Data, result.History.FinalTrainAccuracy,
            result.History.FinalValidationAccuracy, Lang.En, Small);
        plot.GetImage(Small.Width, Small.Height).Dispose();
        var bounds = TrainedBoundaryFigure.BoundsFor(result.Setup.Data);
        using var bitmap = PngAssert.Decode(Path.Combine(folder, TrainedBoundaryFigure.FileName));

        var checkedPixels = new int[2];
        for (var i = 1; i < 20; i++)
        {
            for (var k = 1; k < 12; k++)
            {
                var x = bounds.XMin + bounds.Width * i / 20;
                var y = bounds.YMin + bounds.Height * k / 12;
                var p = result.Trained.PredictProbabilities(Matrix.FromRows([[x, y]]))[0];
                if (p is > 0.02 and < 0.98 || NearAnyPoint(result.Setup.Data, x, y, 0.12 * Math.Max(bounds.Width, bounds.Height) / 10))
                {
                    continue; // undecided, or a marker may cover the background here
                }
                var pixel = plot.GetPixel(new Coordinates(x, y));
                var colour = bitmap.GetPixel((int)pixel.X, (int)pixel.Y);
                if (p < 0.5)
                {
                    Assert.True(colour.Blue > colour.Red + 40, $"class 0 region at ({x:F2}, {y:F2}) should be blue-tinted, was {colour}");
                }
                else
                {
                    Assert.True(colour.Red > colour.Blue + 40, $"class 1 region at ({x:F2}, {y:F2}) should be vermillion-tinted, was {colour}");
                }
                checkedPixels[p < 0.5 ? 0 : 1]++;
            }
        }
        Assert.True(checkedPixels.All(n => n >= 5), $"too few confident background pixels checked: {checkedPixels[0]} and {checkedPixels[1]}");
    }

    [Fact]
    public void The_gradient_check_runs_before_training_and_is_reported()
    {
        var reporter = new PlainTextReporter(TextWriter.Null);
        var context = new SlideContext(RepoPaths.NewTempFolder(), Lang.En, 42, Small, reporter);
        Slide5TrainGd.Run(context, Reduced);
        var check = reporter.Lines.ToList().FindIndex(l => l.StartsWith("Gradient check", StringComparison.Ordinal));
        var training = reporter.Lines.ToList().FindIndex(l => l.StartsWith("Training:", StringComparison.Ordinal));
        Assert.True(check >= 0 && training > check, string.Join("\n", reporter.Lines));
        Assert.Contains("max relative error", reporter.Lines[check]);
        Assert.Contains("central differences, h = 1e-5,", reporter.Lines[check]); // the step GradientCheck really used
    }

    [Fact]
    public void Every_dataset_runs_through_the_slide()
    {
        foreach (var kind in Enum.GetValues<DatasetKind>())
        {
            var outcome = Slide5TrainGd.Run(SlideRun.NewContext(Small), Reduced with { Dataset = kind, Noise = 0.1, Epochs = 1000 });
            // Far above the 50 % of guessing after 1000 steps on 200 points, whatever the shape.
            Assert.True(outcome.Metrics!["train_accuracy"]!.GetValue<double>() > 0.85, $"{kind}: {outcome.Metrics!["train_accuracy"]}");
            Assert.Equal(ToyDatasets.Name(kind), outcome.Parameters!["dataset"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData(0, 0.5, 16, 200, 0.2)]
    [InlineData(10, -1, 16, 200, 0.2)]
    [InlineData(10, 0.5, 0, 200, 0.2)]
    [InlineData(10, 0.5, 16, 5, 0.2)]
    [InlineData(10, 0.5, 16, 200, double.NaN)]
    public void Nonsense_options_fail_with_a_lesson_error_and_write_nothing(int epochs, double lr, int hidden, int samples, double noise)
    {
        var folder = RepoPaths.NewTempFolder();
        var options = new Slide5TrainOptions(epochs, lr, hidden, samples, noise, DatasetKind.Moons);
        var e = Assert.Throws<LessonException>(() => Slide5TrainGd.Run(SlideRun.NewContext(Small, folder: folder), options));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_learning_rate_that_blows_up_the_weights_is_reported_and_no_figure_is_written()
    {
        var folder = RepoPaths.NewTempFolder();
        var e = Assert.Throws<LessonException>(() => Slide5TrainGd.Run(SlideRun.NewContext(Small, folder: folder), Reduced with { LearningRate = 1e6 }));
        Assert.Contains("--lr", e.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    /// <summary>Fewer points and epochs where the claim allows: 200 points (160 train, 40 validation), 300 epochs.</summary>
    [Fact]
    public void A_live_run_shows_a_training_bar_to_the_last_epoch_then_reports_the_same_lines_as_the_recipe()
    {
        var liveReporter = new RecordingReporter();
        var context = new SlideContext(RepoPaths.NewTempFolder(), Lang.Uk, SlideContext.DefaultSeed, Small, liveReporter);
        Slide5TrainGd.Run(context, Reduced);

        var bar = Assert.Single(liveReporter.Progress);
        Assert.Equal(("Навчання", Reduced.Epochs, Reduced.Epochs, true), (bar.Label, bar.Total, bar.LastDone, bar.Disposed));
        // One path: the live lines are the recipe's report of the same computation (its time line aside).
        var after = new RecordingReporter();
        Slide5TrainGd.Recipe.Report(Slide5TrainGd.Recipe.Compute(Reduced, SlideContext.DefaultSeed, SlideProgress.None), after, Lang.Uk);
        static IEnumerable<string> Untimed(IEnumerable<string> lines) => lines.Where(l => !l.StartsWith("Навчання: ", StringComparison.Ordinal));
        Assert.Equal(Untimed(after.Lines), Untimed(liveReporter.Lines));
    }

    private static Slide5TrainOptions Reduced => Slide5TrainOptions.Default with { Epochs = 300, Samples = 200 };

    private static bool NearAnyPoint(DatasetSplit data, double x, double y, double radius)
    {
        foreach (var set in new[] { data.Train, data.Validation })
        {
            for (var i = 0; i < set.Count; i++)
            {
                var dx = set.X[i, 0] - x;
                var dy = set.X[i, 1] - y;
                if (dx * dx + dy * dy < radius * radius)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
