using NnLesson.Figures;
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
    public static readonly Localized Note = new("MLP 2→H→1, бінарна крос-ентропія; спершу перевірка градієнта.", "MLP 2→H→1, binary cross-entropy; gradient check first.");

    /// <summary>The largest --noise: 10 standard deviations, five times the size of the datasets themselves.</summary>
    public const double MaxNoise = 10;

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var defaults = Slide5TrainOptions.Default;
        var epochs = new Option<int>("--epochs") { Description = runtime.T("Кроки повнопакетного градієнтного спуску (епохи).", "Full-batch gradient-descent steps."), DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = runtime.T("Швидкість навчання η у W ← W − η·∂L/∂W.", "Learning rate η in W ← W − η·∂L/∂W."), DefaultValueFactory = _ => defaults.LearningRate };
        var hidden = new Option<int>("--hidden") { Description = runtime.T("Прихованих нейронів H у MLP 2→H→1.", "Hidden units H of the MLP 2→H→1."), DefaultValueFactory = _ => defaults.Hidden };
        var samples = new Option<int>("--samples") { Description = runtime.T("Точок у наборі даних (навчальна + валідаційна вибірки).", "Points in the dataset (train + validation)."), DefaultValueFactory = _ => defaults.Samples };
        var noise = new Option<double>("--noise") { Description = runtime.T("Стандартне відхилення гаусового шуму, доданого до точок.", "Standard deviation of the Gaussian noise added to the points."), DefaultValueFactory = _ => defaults.Noise };
        var dataset = new Option<string>("--dataset") { Description = runtime.T("Двовимірна задача: moons (півмісяці), circles (кола), xor або spiral (спіралі).", "The 2-D problem: moons, circles, xor or spiral."), DefaultValueFactory = _ => "moons" };
        dataset.AcceptOnlyFromAmong("moons", "circles", "xor", "spiral");

        OptionRules.Range(epochs, 1, 1_000_000, "--epochs", runtime.Lang);
        OptionRules.Decimal(learningRate, "--lr", runtime.Lang);
        OptionRules.Decimal(noise, "--noise", runtime.Lang);
        OptionRules.PositiveFinite(learningRate, "--lr", runtime.Lang);
        OptionRules.Range(hidden, 1, 4096, "--hidden", runtime.Lang);
        OptionRules.Range(samples, 10, 1_000_000, "--samples", runtime.Lang);
        OptionRules.NonNegativeFinite(noise, "--noise", runtime.Lang);
        // Points lie within about ±2; noise far beyond that makes the data meaningless and the training overflow,
        // which was then blamed on --lr. Say which option is out of range instead.
        OptionRules.AtMost(noise, MaxNoise, "--noise", runtime.Lang);

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
