using System.Globalization;
using NnLesson.Core.Datasets;

namespace NnLesson.Core.Training;

/// <summary>
/// The values slide 5's training accepts, one set of rules for the command line (<c>slide5-train</c>'s options) and
/// the playground (which adds its own, smaller caps for a classroom on one server). A value outside them is one
/// <see cref="LessonException"/> in both languages that names the option and the value given.
/// </summary>
public static class TrainingLimits
{
    public const int MaxEpochs = 1_000_000;
    public const int MaxHidden = 4096;
    public const int MinSamples = 10;
    public const int MaxSamples = 1_000_000;

    /// <exception cref="LessonException">The first value outside its range.</exception>
    public static void Validate(int epochs, double learningRate, int hidden, int samples, double noise, DatasetKind dataset)
    {
        Require(epochs is >= 1 and <= MaxEpochs,
            $"Кількість епох має бути від 1 до {MaxEpochs} (задано {epochs}).",
            $"Epochs must be between 1 and {MaxEpochs} (got {epochs}).");
        Require(double.IsFinite(learningRate) && learningRate > 0,
            $"Швидкість навчання має бути додатним скінченним числом (задано {NumUk(learningRate)}).",
            $"The learning rate must be a positive finite number (got {Num(learningRate)}).");
        Require(hidden is >= 1 and <= MaxHidden,
            $"Кількість прихованих нейронів має бути від 1 до {MaxHidden} (задано {hidden}).",
            $"Hidden units must be between 1 and {MaxHidden} (got {hidden}).");
        Require(samples is >= MinSamples and <= MaxSamples,
            $"Кількість точок має бути від {MinSamples} до {MaxSamples} (задано {samples}).",
            $"Samples must be between {MinSamples} and {MaxSamples} (got {samples}).");
        Require(double.IsFinite(noise) && noise >= 0,
            $"Шум має бути нулем або додатним скінченним числом (задано {NumUk(noise)}).",
            $"Noise must be zero or a positive finite number (got {Num(noise)}).");
        Require(Enum.IsDefined(dataset), $"Невідомий набір даних {dataset}.", $"Unknown dataset {dataset}.");
    }

    /// <summary>Throws the message when <paramref name="ok"/> is false.</summary>
    public static void Require(bool ok, string ukrainian, string english)
    {
        if (!ok)
        {
            throw new LessonException(ukrainian, english);
        }
    }

    /// <summary>A number as typed (invariant, round-trip), so the message shows exactly the value given.</summary>
    public static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The same number as a Ukrainian text writes it: a decimal comma.</summary>
    public static string NumUk(double value) => Num(value).Replace('.', ',');
}
