using NnLesson.Core;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Options of <c>nnlesson teach</c>. <see cref="Default"/>: 200 full-batch steps of η = 0.01 with L2 λ = 1 on
/// standardised features — on the ants-and-bees set that is 146/153 = 95.4 % validation accuracy (the same from
/// epoch 50 to 400: the regularised loss has one minimum, and 200 steps of this η come within 0.002 of it, while the
/// curves still show the descent). A fifth of
/// each class is held out for validation when DATA has no <c>val/</c> folder. <c>CacheFolder</c> null means
/// <see cref="Vision.Transfer.FeatureCache.DefaultRoot"/>.
/// </summary>
public sealed record TeachOptions(string? DataPath, int Epochs, double LearningRate, double L2, double ValidationFraction, string? CacheFolder = null)
{
    public static readonly TeachOptions Default = new(null, Epochs: 200, LearningRate: 0.01, L2: 1.0, ValidationFraction: 0.2);

    public void Validate()
    {
        if (Epochs is < 1 or > 100_000)
        {
            throw new LessonException(
                $"Кількість епох має бути від 1 до 100000 (задано {Epochs}).",
                $"Epochs must be between 1 and 100000 (got {Epochs}).");
        }
        if (!double.IsFinite(LearningRate) || LearningRate <= 0)
        {
            throw new LessonException(
                $"Швидкість навчання має бути додатним скінченним числом (задано {LearningRate}).",
                $"The learning rate must be a positive finite number (got {LearningRate}).");
        }
        if (!double.IsFinite(L2) || L2 < 0)
        {
            throw new LessonException(
                $"L2 має бути нулем або додатним скінченним числом (задано {L2}).",
                $"L2 must be zero or a positive finite number (got {L2}).");
        }
        if (!(ValidationFraction > 0 && ValidationFraction < 1))
        {
            throw new LessonException(
                $"Частка валідаційної вибірки має бути між 0 і 1, не включно (задано {ValidationFraction}).",
                $"The validation fraction must be between 0 and 1, exclusive (got {ValidationFraction}).");
        }
    }
}
