using System.CommandLine;
using System.Globalization;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `nnlesson train-cnn [--epochs N] [--lr η] [--batch B] [--channels C1,C2] [--data DIR] [--limit N]`; the
/// command itself comes from the catalogue (<see cref="SlideCommands"/>).
/// </summary>
internal static class TrainCnnCommand
{
    public const string Note = "LeNet-style CNN trained from scratch on Fashion-MNIST (or any folder of MNIST-format IDX files); gradient check first; writes cnn.json.";

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var defaults = TrainCnnOptions.Default;
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training images.", DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = "Initial learning rate η₀ (cosine-annealed to 0 over the run).", DefaultValueFactory = _ => defaults.LearningRate };
        var batch = new Option<int>("--batch") { Description = "Images per SGD step.", DefaultValueFactory = _ => defaults.Batch };
        var channels = new Option<string>("--channels")
        {
            Description = "Filters of the two convolutions, C1,C2.",
            DefaultValueFactory = _ => $"{defaults.Channels1},{defaults.Channels2}",
        };
        var data = new Option<string?>("--data") { Description = "Folder with the four IDX files (train/t10k images and labels, optionally .gz). Default: Fashion-MNIST where Debian or 'data download' puts it." };
        var limit = new Option<int?>("--limit") { Description = "Train on the first N training images only." };
        OptionRules.Range(epochs, 1, 1000, "--epochs");
        OptionRules.Decimal(learningRate, "--lr");
        OptionRules.PositiveFinite(learningRate, "--lr");
        OptionRules.AtMost(learningRate, 10, "--lr");
        OptionRules.Range(batch, 1, 4096, "--batch");
        channels.Validators.Add(result =>
        {
            if (Parse(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--channels must be two whole numbers 1…256 separated by a comma, like 8,16 (got '{result.GetValueOrDefault<string>()}').");
            }
        });
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError($"--limit must be a positive number of images (got {result.GetValueOrDefault<int?>()}).");
            }
        });
        foreach (var option in new Option[] { epochs, learningRate, batch, channels, data, limit })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (c1, c2) = Parse(parse.GetValue(channels))!.Value;
            var options = defaults with
            {
                DataPath = parse.GetValue(data), Epochs = parse.GetValue(epochs), LearningRate = parse.GetValue(learningRate), Batch = parse.GetValue(batch),
                Channels1 = c1, Channels2 = c2, Limit = parse.GetValue(limit),
            };
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => TrainCnnLesson.Run(c, options));
        });
    }

    private static (int, int)? Parse(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && a is >= 1 and <= 256 && b is >= 1 and <= 256 ? (a, b) : null;
    }
}
