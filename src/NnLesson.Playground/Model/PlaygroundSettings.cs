using System.Globalization;
using NnLesson.Core;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Slides.Lessons;

namespace NnLesson.Playground.Model;

/// <summary>
/// Everything that defines a playground run; the page keeps it in its URL, so the same settings (seed included)
/// give the same points, the same initial weights and the same training.
/// <see cref="Units"/>: [layers], units per hidden layer. <see cref="ValidationFraction"/>: share kept aside.
/// <see cref="Batch"/>: points per gradient step (≥ the training points = full batch). <see cref="StepsPerSecond"/>: play speed.
/// </summary>
public sealed record PlaygroundSettings(
    string Dataset, double Noise, int Points, double ValidationFraction, int Seed,
    int[] Units, string Activation, double LearningRate, int Batch, double L2, int StepsPerSecond,
    IReadOnlyList<PointEdit> Edits)
{
    /// <summary>The batch the page sends for "full batch": no data set can be larger, so every epoch is one step.</summary>
    public const int FullBatch = PlaygroundLimits.MaxPoints + PlaygroundLimits.MaxEdits;

    /// <summary>Slide 5's network and data at the playground's size: moons 0.2, 300 points, 2→8→1 ReLU, η 0.5, full batch.</summary>
    public static PlaygroundSettings Default => new(
        Dataset: "moons", Noise: 0.2, Points: 300, ValidationFraction: 0.2, Seed: 42,
        Units: [8], Activation: "relu", LearningRate: 0.5, Batch: FullBatch, L2: 0, StepsPerSecond: 30, Edits: []);

    public DatasetKind DatasetKind => Enum.Parse<DatasetKind>(Dataset, ignoreCase: true);

    public IActivation HiddenActivation => Activation switch
    {
        "tanh" => Tanh.Instance,
        "sigmoid" => Sigmoid.Instance,
        _ => Relu.Instance,
    };

    /// <summary>
    /// Refuses what the CLI refuses (the same messages: <see cref="Slide5TrainOptions.Validate"/>), then the
    /// playground's caps (<see cref="PlaygroundLimits"/>). Throws <see cref="LessonException"/> with one line.
    /// </summary>
    public void Validate()
    {
        if (Dataset is not ("moons" or "circles" or "xor" or "spiral"))
        {
            throw new LessonException(
                $"Набір даних має бути moons, circles, xor або spiral (задано «{Dataset}»).",
                $"Dataset must be moons, circles, xor or spiral (got '{Dataset}').");
        }
        if (Units is null || Units.Length is < 1 or > PlaygroundLimits.MaxLayers)
        {
            throw new LessonException(
                $"Кількість прихованих шарів має бути від 1 до {PlaygroundLimits.MaxLayers} (задано {Units?.Length ?? 0}).",
                $"Hidden layers must be between 1 and {PlaygroundLimits.MaxLayers} (got {Units?.Length ?? 0}).");
        }
        // The CLI's own rules for the numbers it shares with the playground.
        new Slide5TrainOptions(Epochs: 1, LearningRate, Hidden: Units[0], Samples: Points, Noise, DatasetKind).Validate();
        foreach (var units in Units)
        {
            Check(units is >= 1 and <= PlaygroundLimits.MaxUnits,
                $"Кількість нейронів у шарі має бути від 1 до {PlaygroundLimits.MaxUnits} (задано {units}).",
                $"Units per layer must be between 1 and {PlaygroundLimits.MaxUnits} (got {units}).");
        }
        Check(Activation is "relu" or "tanh" or "sigmoid",
            $"Функція активації має бути relu, tanh або sigmoid (задано «{Activation}»).",
            $"Activation must be relu, tanh or sigmoid (got '{Activation}').");
        Check(Points <= PlaygroundLimits.MaxPoints,
            $"Кількість точок має бути від {PlaygroundLimits.MinPoints} до {PlaygroundLimits.MaxPoints} (задано {Points}).",
            $"Points must be between {PlaygroundLimits.MinPoints} and {PlaygroundLimits.MaxPoints} (got {Points}).");
        Check(Noise <= PlaygroundLimits.MaxNoise,
            $"Шум має бути від 0 до {NumUk(PlaygroundLimits.MaxNoise)} (задано {NumUk(Noise)}).",
            $"Noise must be between 0 and {Num(PlaygroundLimits.MaxNoise)} (got {Num(Noise)}).");
        Check(LearningRate <= PlaygroundLimits.MaxLearningRate,
            $"Швидкість навчання η має бути не більша за {NumUk(PlaygroundLimits.MaxLearningRate)} (задано {NumUk(LearningRate)}).",
            $"The learning rate must be at most {Num(PlaygroundLimits.MaxLearningRate)} (got {Num(LearningRate)}).");
        Check(double.IsFinite(ValidationFraction) && ValidationFraction >= PlaygroundLimits.MinValidationFraction && ValidationFraction <= PlaygroundLimits.MaxValidationFraction,
            $"Частка валідаційної вибірки має бути від {NumUk(PlaygroundLimits.MinValidationFraction)} до {NumUk(PlaygroundLimits.MaxValidationFraction)} (задано {NumUk(ValidationFraction)}).",
            $"The validation share must be between {Num(PlaygroundLimits.MinValidationFraction)} and {Num(PlaygroundLimits.MaxValidationFraction)} (got {Num(ValidationFraction)}).");
        Check(Batch is >= 1 and <= PlaygroundLimits.MaxPoints + PlaygroundLimits.MaxEdits,
            $"Розмір пакета має бути від 1 до {PlaygroundLimits.MaxPoints + PlaygroundLimits.MaxEdits} (задано {Batch}).",
            $"Batch size must be between 1 and {PlaygroundLimits.MaxPoints + PlaygroundLimits.MaxEdits} (got {Batch}).");
        Check(double.IsFinite(L2) && L2 >= 0 && L2 <= PlaygroundLimits.MaxL2,
            $"L2 має бути від 0 до {NumUk(PlaygroundLimits.MaxL2)} (задано {NumUk(L2)}).",
            $"L2 must be between 0 and {Num(PlaygroundLimits.MaxL2)} (got {Num(L2)}).");
        Check(StepsPerSecond is >= 1 and <= PlaygroundLimits.MaxStepsPerSecond,
            $"Кількість кроків за секунду має бути від 1 до {PlaygroundLimits.MaxStepsPerSecond} (задано {StepsPerSecond}).",
            $"Steps per second must be between 1 and {PlaygroundLimits.MaxStepsPerSecond} (got {StepsPerSecond}).");
        Check(Edits is not null && Edits.Count <= PlaygroundLimits.MaxEdits,
            $"Доданих клацанням точок може бути щонайбільше {PlaygroundLimits.MaxEdits} (задано {Edits?.Count ?? 0}).",
            $"At most {PlaygroundLimits.MaxEdits} clicked points (got {Edits?.Count ?? 0}).");
        foreach (var edit in Edits!)
        {
            Check(edit is not null && edit.Op is PointEdit.Add or PointEdit.Remove,
                $"Зміна точки має бути add або remove (задано «{edit?.Op}»).",
                $"A point edit must be add or remove (got '{edit?.Op}').");
            Check(double.IsFinite(edit!.X) && double.IsFinite(edit.Y), "Координати точки мають бути скінченними числами.", "A clicked point needs finite coordinates.");
            Check(edit.Label is 0 or 1, $"Клас точки має бути 0 або 1 (задано {edit.Label}).", $"A point's class must be 0 or 1 (got {edit.Label}).");
        }
    }

    /// <summary>The live settings that may change without a reset: η, batch, λ, speed (validated like the rest).</summary>
    public bool SameRunAs(PlaygroundSettings other) =>
        Dataset == other.Dataset && Noise.Equals(other.Noise) && Points == other.Points &&
        ValidationFraction.Equals(other.ValidationFraction) && Seed == other.Seed && Units.SequenceEqual(other.Units) &&
        Activation == other.Activation && Edits.SequenceEqual(other.Edits);

    private static void Check(bool ok, string ukrainian, string english)
    {
        if (!ok)
        {
            throw new LessonException(ukrainian, english);
        }
    }

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The number as the Ukrainian message writes it: a decimal comma.</summary>
    private static string NumUk(double value) => Num(value).Replace('.', ',');
}
