using NnLesson.Core;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Options of <c>nnlesson train-cnn</c>. <see cref="Default"/>: the LeNet-style network with 16 and 32 filters, 5 epochs,
/// batch 64, SGD with momentum 0.9, η₀ = 0.05 annealed to 0 by a cosine over the run, left–right mirrored training images
/// half of the time: 90.2 % on the 10 000 test images (10 epochs of the same recipe: 90.5 %; 8 and 16 filters for 10 epochs
/// 89.0 %; the PyTorch reference, 8 and 16 filters, constant η = 0.05: 0.875–0.880; bench/RESULTS-cnn.md, which also says
/// why 5 epochs: the default run's time). <see cref="Limit"/> caps the training images (the first N);
/// <see cref="TestLimit"/> the test images (null: all). <see cref="Short"/> marks the quick run of <c>all</c>.
/// </summary>
public sealed record TrainCnnOptions(string? DataPath, int Epochs, double LearningRate, int Batch, int Channels1, int Channels2, int? Limit,
    int? TestLimit = null, bool Short = false)
{
    public const int Hidden = 120;
    public const double Momentum = 0.9;

    public static readonly TrainCnnOptions Default = new(null, Epochs: 5, LearningRate: 0.05, Batch: 64, Channels1: 16, Channels2: 32, Limit: null);

    /// <summary>The run inside <c>all</c>: the smaller 8,16 network, one epoch on the first 6 000 training images, tested on the first 2 000.</summary>
    public static readonly TrainCnnOptions ShortRun = Default with { Epochs = 1, Channels1 = 8, Channels2 = 16, Limit = 6000, TestLimit = 2000, Short = true };

    public void Validate()
    {
        if (Epochs is < 1 or > 1000)
        {
            throw new LessonException(
                $"Кількість епох має бути від 1 до 1000 (задано {Epochs}).",
                $"Epochs must be between 1 and 1000 (got {Epochs}).");
        }
        if (!double.IsFinite(LearningRate) || LearningRate <= 0 || LearningRate > 10)
        {
            throw new LessonException(
                $"Швидкість навчання має бути додатним скінченним числом, не більшим за 10 (задано {LearningRate}).",
                $"The learning rate must be a positive finite number up to 10 (got {LearningRate}).");
        }
        if (Batch is < 1 or > 4096)
        {
            throw new LessonException(
                $"Розмір пакета має бути від 1 до 4096 (задано {Batch}).",
                $"The batch must be between 1 and 4096 (got {Batch}).");
        }
        if (Channels1 is < 1 or > 256 || Channels2 is < 1 or > 256)
        {
            throw new LessonException(
                $"Кількість каналів має бути від 1 до 256 (задано {Channels1},{Channels2}).",
                $"Channels must be between 1 and 256 (got {Channels1},{Channels2}).");
        }
        if (Limit is < 1)
        {
            throw new LessonException(
                $"Обмеження має бути додатною кількістю зображень (задано {Limit}).",
                $"The limit must be a positive number of images (got {Limit}).");
        }
    }
}
