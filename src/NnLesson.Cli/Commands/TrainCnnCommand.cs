using System.CommandLine;
using NnLesson.Figures;
using System.Globalization;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `nnlesson train-cnn [--epochs N] [--lr η] [--batch B] [--channels C1,C2] [--data DIR] [--limit N]`; the
/// command itself comes from the catalogue (<see cref="SlideCommands"/>).
/// </summary>
internal static class TrainCnnCommand
{
    public static readonly Localized Note = new(
        "CNN у стилі LeNet, навчена з нуля на Fashion-MNIST (чи будь-якій папці файлів IDX у форматі MNIST); спершу перевірка градієнта; пише cnn.json.",
        "LeNet-style CNN trained from scratch on Fashion-MNIST (or any folder of MNIST-format IDX files); gradient check first; writes cnn.json.");

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var defaults = TrainCnnOptions.Default;
        var epochs = new Option<int>("--epochs") { Description = runtime.T("Проходи навчальними зображеннями (епохи).", "Passes over the training images."), DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = runtime.T("Початкова швидкість навчання η₀ (косинусно спадає до 0 за запуск).", "Initial learning rate η₀ (cosine-annealed to 0 over the run)."), DefaultValueFactory = _ => defaults.LearningRate };
        var batch = new Option<int>("--batch") { Description = runtime.T("Зображень на крок SGD (пакет).", "Images per SGD step."), DefaultValueFactory = _ => defaults.Batch };
        var channels = new Option<string>("--channels")
        {
            Description = runtime.T("Фільтрів двох згорток, C1,C2.", "Filters of the two convolutions, C1,C2."),
            DefaultValueFactory = _ => $"{defaults.Channels1},{defaults.Channels2}",
        };
        var data = new Option<string?>("--data") { Description = runtime.T("Папка з чотирма файлами IDX (зображення й мітки train/t10k, можна .gz). Типово: Fashion-MNIST там, куди його кладе Debian чи 'data download'.",
            "Folder with the four IDX files (train/t10k images and labels, optionally .gz). Default: Fashion-MNIST where Debian or 'data download' puts it.") };
        var limit = new Option<int?>("--limit") { Description = runtime.T("Навчати лише на перших N навчальних зображеннях.", "Train on the first N training images only.") };
        OptionRules.Range(epochs, 1, 1000, "--epochs", runtime.Lang);
        OptionRules.Decimal(learningRate, "--lr", runtime.Lang);
        OptionRules.PositiveFinite(learningRate, "--lr", runtime.Lang);
        OptionRules.AtMost(learningRate, 10, "--lr", runtime.Lang);
        OptionRules.Range(batch, 1, 4096, "--batch", runtime.Lang);
        channels.Validators.Add(result =>
        {
            if (Parse(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError(runtime.T($"--channels — два цілі числа 1…256 через кому, як-от 8,16 (отримано «{result.GetValueOrDefault<string>()}»).",
                    $"--channels must be two whole numbers 1…256 separated by a comma, like 8,16 (got '{result.GetValueOrDefault<string>()}')."));
            }
        });
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError(runtime.T($"--limit — додатна кількість зображень (отримано {result.GetValueOrDefault<int?>()}).",
                    $"--limit must be a positive number of images (got {result.GetValueOrDefault<int?>()})."));
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
