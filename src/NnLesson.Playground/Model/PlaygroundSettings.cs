using NnLesson.Core;
using NnLesson.Core.Datasets;
using NnLesson.Core.Training;
using static NnLesson.Core.Training.TrainingLimits;

namespace NnLesson.Playground.Model;

/// <summary>
/// Everything that defines a playground run; the page keeps it in its URL, so the same settings (seed included)
/// give the same points, the same initial weights and the same training.
/// <see cref="Units"/>: [layers], units per hidden layer. <see cref="ValidationFraction"/>: share kept aside.
/// <see cref="Batch"/>: points per gradient step (≥ the training points = full batch). <see cref="StepsPerSecond"/>: play speed.
/// </summary>
public sealed record PlaygroundSettings(
    DatasetKind Dataset, double Noise, int Points, double ValidationFraction, int Seed,
    int[] Units, HiddenActivation Activation, double LearningRate, int Batch, double L2, int StepsPerSecond,
    IReadOnlyList<PointEdit> Edits)
{
    /// <summary>The batch the page sends for "full batch": no data set can be larger, so every epoch is one step.</summary>
    public const int FullBatch = PlaygroundLimits.MaxPoints + PlaygroundLimits.MaxEdits;

    /// <summary>Slide 5's network and data at the playground's size: moons 0.2, 300 points, 2→8→1 ReLU, η 0.5, full batch.</summary>
    public static PlaygroundSettings Default => new(
        Dataset: DatasetKind.Moons, Noise: 0.2, Points: 300, ValidationFraction: 0.2, Seed: 42,
        Units: [8], Activation: HiddenActivation.Relu, LearningRate: 0.5, Batch: FullBatch, L2: 0, StepsPerSecond: 30, Edits: []);

    /// <summary>
    /// Refuses what the CLI refuses (the same rules and messages: <see cref="TrainingLimits"/>), then the playground's
    /// caps (<see cref="PlaygroundLimits"/>). Throws <see cref="LessonException"/> with one line in both languages.
    /// </summary>
    public void Validate()
    {
        Require(Enum.IsDefined(Dataset), $"Невідомий набір даних {Dataset}.", $"Unknown dataset {Dataset}.");
        Require(Enum.IsDefined(Activation), $"Невідома функція активації {Activation}.", $"Unknown activation {Activation}.");
        Require(Units is { Length: >= 1 and <= PlaygroundLimits.MaxLayers },
            $"Прихованих шарів має бути від 1 до {PlaygroundLimits.MaxLayers} (задано {Units?.Length ?? 0}).",
            $"Hidden layers must be between 1 and {PlaygroundLimits.MaxLayers} (got {Units?.Length ?? 0}).");
        TrainingLimits.Validate(epochs: 1, LearningRate, Units![0], Points, Noise, Dataset);
        foreach (var units in Units)
        {
            Require(units is >= 1 and <= PlaygroundLimits.MaxUnits,
                $"Нейронів у шарі має бути від 1 до {PlaygroundLimits.MaxUnits} (задано {units}).",
                $"Units per layer must be between 1 and {PlaygroundLimits.MaxUnits} (got {units}).");
        }
        Require(Points <= PlaygroundLimits.MaxPoints,
            $"Точок має бути від {PlaygroundLimits.MinPoints} до {PlaygroundLimits.MaxPoints} (задано {Points}).",
            $"Points must be between {PlaygroundLimits.MinPoints} and {PlaygroundLimits.MaxPoints} (got {Points}).");
        Require(Noise <= PlaygroundLimits.MaxNoise,
            $"Шум має бути від 0 до {NumUk(PlaygroundLimits.MaxNoise)} (задано {NumUk(Noise)}).",
            $"Noise must be between 0 and {Num(PlaygroundLimits.MaxNoise)} (got {Num(Noise)}).");
        Require(LearningRate <= PlaygroundLimits.MaxLearningRate,
            $"Швидкість навчання має бути не більшою за {NumUk(PlaygroundLimits.MaxLearningRate)} (задано {NumUk(LearningRate)}).",
            $"The learning rate must be at most {Num(PlaygroundLimits.MaxLearningRate)} (got {Num(LearningRate)}).");
        Require(double.IsFinite(ValidationFraction) && ValidationFraction >= PlaygroundLimits.MinValidationFraction
                && ValidationFraction <= PlaygroundLimits.MaxValidationFraction,
            $"Частка валідації має бути від {NumUk(PlaygroundLimits.MinValidationFraction)} до {NumUk(PlaygroundLimits.MaxValidationFraction)} (задано {NumUk(ValidationFraction)}).",
            $"The validation share must be between {Num(PlaygroundLimits.MinValidationFraction)} and {Num(PlaygroundLimits.MaxValidationFraction)} (got {Num(ValidationFraction)}).");
        Require(Batch is >= 1 and <= FullBatch,
            $"Розмір пакета має бути від 1 до {FullBatch} (задано {Batch}).",
            $"Batch size must be between 1 and {FullBatch} (got {Batch}).");
        Require(double.IsFinite(L2) && L2 >= 0 && L2 <= PlaygroundLimits.MaxL2,
            $"L2 має бути від 0 до {NumUk(PlaygroundLimits.MaxL2)} (задано {NumUk(L2)}).",
            $"L2 must be between 0 and {Num(PlaygroundLimits.MaxL2)} (got {Num(L2)}).");
        Require(StepsPerSecond is >= 1 and <= PlaygroundLimits.MaxStepsPerSecond,
            $"Кроків за секунду має бути від 1 до {PlaygroundLimits.MaxStepsPerSecond} (задано {StepsPerSecond}).",
            $"Steps per second must be between 1 and {PlaygroundLimits.MaxStepsPerSecond} (got {StepsPerSecond}).");
        Require(Edits is not null && Edits.Count <= PlaygroundLimits.MaxEdits,
            $"Доданих і прибраних точок може бути щонайбільше {PlaygroundLimits.MaxEdits} (задано {Edits?.Count ?? 0}).",
            $"At most {PlaygroundLimits.MaxEdits} clicked points (got {Edits?.Count ?? 0}).");
        foreach (var edit in Edits!)
        {
            Require(edit is not null && Enum.IsDefined(edit.Op), "Зміна точки має бути add або remove.", "A point edit must be add or remove.");
            Require(double.IsFinite(edit!.X) && double.IsFinite(edit.Y), "Точка потребує скінченних координат.", "A clicked point needs finite coordinates.");
            Require(edit.Label is 0 or 1, $"Клас точки має бути 0 або 1 (задано {edit.Label}).", $"A point's class must be 0 or 1 (got {edit.Label}).");
        }
    }

    /// <summary>The live settings that may change without a reset: η, batch, λ, speed (validated like the rest).</summary>
    public bool SameRunAs(PlaygroundSettings other) =>
        Dataset == other.Dataset && Noise.Equals(other.Noise) && Points == other.Points &&
        ValidationFraction.Equals(other.ValidationFraction) && Seed == other.Seed && Units.SequenceEqual(other.Units) &&
        Activation == other.Activation && Edits.SequenceEqual(other.Edits);
}
