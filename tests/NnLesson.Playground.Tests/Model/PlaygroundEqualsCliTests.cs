using System.Text.Json.Nodes;
using NnLesson.Cli;
using NnLesson.Figures;
using NnLesson.Core.Datasets;
using NnLesson.Playground.Model;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Playground.Tests.Model;

/// <summary>
/// The playground's engine is the lecture's: for what the CLI can express (one ReLU hidden layer, full batch, no L2,
/// the 80/20 split, no clicked points) its run equals `nnlesson slide5-train`'s for the same seed and options.
/// </summary>
public class PlaygroundEqualsCliTests
{
    private static PlaygroundSettings CliExpressible(DatasetKind dataset, int points, double noise, int hidden, double lr, int seed) =>
        PlaygroundSettings.Default with
        {
            Dataset = dataset, Points = points, Noise = noise, Units = [hidden], LearningRate = lr, Seed = seed,
            Activation = HiddenActivation.Relu, Batch = PlaygroundSettings.FullBatch, L2 = 0, ValidationFraction = 0.2, Edits = [],
        };

    [Theory]
    [InlineData(DatasetKind.Moons, 300, 0.2, 8, 0.5, 42, 120)]
    [InlineData(DatasetKind.Spiral, 200, 0.1, 16, 0.3, 7, 60)]
    [InlineData(DatasetKind.Xor, 120, 0.3, 3, 1.0, 1, 40)]
    public void The_same_settings_and_seed_give_slide5_trains_losses_and_weights(DatasetKind dataset, int points, double noise, int hidden, double lr, int seed, int epochs)
    {
        var run = new PlaygroundRun(CliExpressible(dataset, points, noise, hidden, lr, seed));
        for (var e = 0; e < epochs; e++)
        {
            run.Step();
        }
        var options = new Slide5TrainOptions(epochs, lr, hidden, points, noise, run.Settings.Dataset);
        var context = new SlideContext(RepoPaths.NewTempFolder(), Lang.En, seed, FigureSize.Default, new PlainTextReporter(TextWriter.Null));
        var cli = Slide5TrainGd.Recipe.Compute(options, context.Seed, SlideProgress.None);

        // The same points and split (drawn from the seed in the same order) …
        Assert.Equal(cli.Setup.Data.Train.X.Data, run.Train.X.Data);
        Assert.Equal(cli.Setup.Data.Validation.Labels, run.Validation.Labels);
        // … the same losses at every epoch and the same trained weights (the CLI's fast trainer differs in the last bits only).
        Tolerance.AllClose(run.TrainLoss.ToArray(), cli.History.TrainLoss, atol: 1e-12, rtol: 1e-12, what: "training loss per epoch");
        Tolerance.AllClose(run.ValidationLoss.ToArray(), cli.History.ValidationLoss, atol: 1e-12, rtol: 1e-12, what: "validation loss per epoch");
        Assert.Equal(cli.History.TrainAccuracy, run.TrainAccuracy.ToArray());
        Tolerance.AllClose(run.Network.ParameterTensors.SelectMany(t => t.Values).ToArray(),
            cli.Trained.ParameterTensors.SelectMany(t => t.Values).ToArray(), atol: 1e-12, rtol: 1e-12, what: "trained W1, b1, W2, b2");
        Assert.True(ReproduceCommand.For(run).Exact);
    }

    [Fact]
    public void The_command_the_page_offers_run_by_the_cli_reports_the_playgrounds_final_loss()
    {
        var run = new PlaygroundRun(CliExpressible(DatasetKind.Circles, 150, 0.15, 5, 0.8, 11));
        for (var e = 0; e < 30; e++)
        {
            run.Step();
        }
        var command = ReproduceCommand.For(run);
        Assert.Equal("nnlesson slide5-train --dataset circles --samples 150 --noise 0.15 --hidden 5 --lr 0.8 --epochs 30 --seed 11", command.Command);

        var folder = RepoPaths.NewTempFolder();
        var args = command.Command.Split(' ').Skip(1).Concat(["--out", folder, "--size", "640x360"]).ToArray();
        var code = NnLessonApp.Run(args, TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, code);
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["metrics"]!["slide5-train"]!;
        Tolerance.Close(metrics["final_loss"]!.GetValue<double>(), run.TrainLoss[^1], atol: 1e-12, rtol: 1e-12, what: "final loss, CLI vs playground");
        Assert.Equal(run.Train.Count, metrics["train_points"]!.GetValue<int>());
    }

    [Fact]
    public void What_the_cli_cannot_express_is_named()
    {
        var run = new PlaygroundRun(PlaygroundSettings.Default with
        {
            Units = [4, 4], Activation = HiddenActivation.Tanh, Batch = 16, L2 = 0.01, ValidationFraction = 0.3,
            Edits = [new PointEdit(PointEditKind.Add, 0.1, 0.1, 1)],
        });
        run.Step();
        run.UpdateLive(run.Settings with { LearningRate = 0.1 });

        var command = ReproduceCommand.For(run);

        Assert.False(command.Exact);
        Assert.Equal(["layers", "activation", "batch", "l2", "split", "edits", "lr-changed"], command.Differences);
        Assert.StartsWith("nnlesson slide5-train --dataset moons --samples 300 --noise 0.2 --hidden 4 --lr 0.1 --epochs 1 --seed 42", command.Command);
    }
}
