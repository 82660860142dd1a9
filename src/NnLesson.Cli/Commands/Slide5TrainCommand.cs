using System.CommandLine;
using NnLesson.Core.Datasets;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `nnlesson slide5-train` (trains an MLP from scratch); the command itself comes from the catalogue
/// (<see cref="SlideCommands"/>).
/// </summary>
internal static class Slide5TrainCommand
{
    public const string Note = "MLP 2→H→1, binary cross-entropy; gradient check first.";

    /// <summary>The largest --noise: 10 standard deviations, five times the size of the datasets themselves.</summary>
    public const double MaxNoise = 10;

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var defaults = Slide5TrainOptions.Default;
        var epochs = new Option<int>("--epochs") { Description = "Full-batch gradient-descent steps.", DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = "Learning rate η in W ← W − η·∂L/∂W.", DefaultValueFactory = _ => defaults.LearningRate };
        var hidden = new Option<int>("--hidden") { Description = "Hidden units H of the MLP 2→H→1.", DefaultValueFactory = _ => defaults.Hidden };
        var samples = new Option<int>("--samples") { Description = "Points in the dataset (train + validation).", DefaultValueFactory = _ => defaults.Samples };
        var noise = new Option<double>("--noise") { Description = "Standard deviation of the Gaussian noise added to the points.", DefaultValueFactory = _ => defaults.Noise };
        var dataset = new Option<string>("--dataset") { Description = "The 2-D problem: moons, circles, xor or spiral.", DefaultValueFactory = _ => "moons" };
        dataset.AcceptOnlyFromAmong("moons", "circles", "xor", "spiral");

        OptionRules.Range(epochs, 1, 1_000_000, "--epochs");
        OptionRules.Decimal(learningRate, "--lr");
        OptionRules.Decimal(noise, "--noise");
        OptionRules.PositiveFinite(learningRate, "--lr");
        OptionRules.Range(hidden, 1, 4096, "--hidden");
        OptionRules.Range(samples, 10, 1_000_000, "--samples");
        OptionRules.NonNegativeFinite(noise, "--noise");
        // Points lie within about ±2; noise far beyond that makes the data meaningless and the training overflow,
        // which was then blamed on --lr. Say which option is out of range instead.
        OptionRules.AtMost(noise, MaxNoise, "--noise");

        foreach (var option in new Option[] { epochs, learningRate, hidden, samples, noise, dataset })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var options = new Slide5TrainOptions(
                parse.GetValue(epochs), parse.GetValue(learningRate), parse.GetValue(hidden),
                parse.GetValue(samples), parse.GetValue(noise), Enum.Parse<DatasetKind>(parse.GetValue(dataset)!, ignoreCase: true));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide5TrainGd.Run(c, options));
        });
    }
}
