using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// `nnlesson teach DATA [--epochs N] [--lr η] [--l2 λ] [--val-fraction f] [--cache DIR]` (+ --out, --lang, --seed, --size):
/// teaches the frozen ResNet-18 the classes of DATA (one folder per class, or train/ and val/ with one folder per class).
/// </summary>
internal static class TeachCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var defaults = TeachOptions.Default;
        var common = new CommonOptions();
        var data = new Argument<string>("data")
        {
            Description = "Folder with one subfolder of photos per class, or train/ and val/ each with one subfolder per class.",
        };
        var epochs = new Option<int>("--epochs") { Description = "Full-batch gradient-descent steps of the head.", DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = "Learning rate η in W ← W − η·∂L/∂W.", DefaultValueFactory = _ => defaults.LearningRate };
        var l2 = new Option<double>("--l2") { Description = "L2 strength λ: the loss adds (λ/2)·‖W‖².", DefaultValueFactory = _ => defaults.L2 };
        var fraction = new Option<double>("--val-fraction")
        {
            Description = "Share of each class held out for validation when DATA has no val/ folder (0 < f < 1).",
            DefaultValueFactory = _ => defaults.ValidationFraction,
        };
        var cache = new Option<string?>("--cache")
        {
            Description = "Feature cache folder. Default: $NNLESSON_CACHE, else the user's cache folder (~/.cache/nnlesson).",
        };
        OptionRules.Range(epochs, 1, 100_000, "--epochs");
        OptionRules.PositiveFinite(learningRate, "--lr");
        OptionRules.NonNegativeFinite(l2, "--l2");
        fraction.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value < 1))
            {
                result.AddError($"--val-fraction must be between 0 and 1, exclusive (got {value}).");
            }
        });

        var command = new Command(TeachLesson.Id,
            "Teach the lecture's ResNet-18 your own classes: features of the frozen network (cached), a softmax head trained from scratch, " +
            "five figures and head.json for 'classify --head'. Exit codes: 0 success (unreadable photos are listed and skipped), 1 failure, 2 invalid usage.");
        command.Arguments.Add(data);
        common.AddTo(command);
        foreach (var option in new Option[] { epochs, learningRate, l2, fraction, cache })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var options = new TeachOptions(parse.GetValue(data), parse.GetValue(epochs), parse.GetValue(learningRate), parse.GetValue(l2),
                parse.GetValue(fraction), parse.GetValue(cache));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => TeachLesson.Run(c, options));
        });
        return command;
    }
}
