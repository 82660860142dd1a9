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
        var common = new CommonOptions(runtime);
        var data = new Argument<string>("data")
        {
            Description = runtime.T("Папка, де для кожного класу є підпапка з фото, або train/ і val/, кожна з підпапкою на клас.", "Folder with one subfolder of photos per class, or train/ and val/ each with one subfolder per class."),
        };
        var epochs = new Option<int>("--epochs") { Description = runtime.T("Кроки повнопакетного градієнтного спуску для голови (епохи).", "Full-batch gradient-descent steps of the head."), DefaultValueFactory = _ => defaults.Epochs };
        var learningRate = new Option<double>("--lr") { Description = runtime.T("Швидкість навчання η у W ← W − η·∂L/∂W.", "Learning rate η in W ← W − η·∂L/∂W."), DefaultValueFactory = _ => defaults.LearningRate };
        var l2 = new Option<double>("--l2") { Description = runtime.T("Сила L2-регуляризації λ: до втрат додається (λ/2)·‖W‖².", "L2 strength λ: the loss adds (λ/2)·‖W‖²."), DefaultValueFactory = _ => defaults.L2 };
        var fraction = new Option<double>("--val-fraction")
        {
            Description = runtime.T("Частка кожного класу для валідаційної вибірки, коли в DATA немає папки val/ (0 < f < 1).", "Share of each class held out for validation when DATA has no val/ folder (0 < f < 1)."),
            DefaultValueFactory = _ => defaults.ValidationFraction,
        };
        var cache = new Option<string?>("--cache")
        {
            Description = runtime.T("Папка кешу ознак. Типово: $NNLESSON_CACHE, інакше кеш користувача (~/.cache/nnlesson).", "Feature cache folder. Default: $NNLESSON_CACHE, else the user's cache folder (~/.cache/nnlesson)."),
        };
        OptionRules.Range(epochs, 1, 100_000, "--epochs", runtime.Lang);
        OptionRules.PositiveFinite(learningRate, "--lr", runtime.Lang);
        OptionRules.NonNegativeFinite(l2, "--l2", runtime.Lang);
        fraction.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value < 1))
            {
                result.AddError(runtime.T($"--val-fraction має бути строго між 0 і 1 (дано {value}).", $"--val-fraction must be between 0 and 1, exclusive (got {value})."));
            }
        });

        var command = new Command(TeachLesson.Id,
            runtime.T("Власні класи на ознаках ResNet-18 з лекції: ознаки замороженої мережі (кешуються), softmax-голова, навчена з нуля, " +
            "п’ять рисунків і head.json для «classify --head». Коди виходу: 0 — успіх (фото, які не вдалося прочитати, перелічено й пропущено), 1 — помилка, 2 — неправильний виклик.",
            "Teach the lecture's ResNet-18 your own classes: features of the frozen network (cached), a softmax head trained from scratch, " +
            "five figures and head.json for 'classify --head'. Exit codes: 0 success (unreadable photos are listed and skipped), 1 failure, 2 invalid usage."));
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
