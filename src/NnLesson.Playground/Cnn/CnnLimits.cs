namespace NnLesson.Playground.Cnn;

/// <summary>
/// The CNN page's caps. One server trains for a whole classroom, so each session is bounded: one training at a time,
/// one thread (its time is charged to the server's shared <see cref="Web.TrainingBudget"/>, as the MLP page's is), at
/// most <see cref="MaxEpochs"/> epochs, and small settings from fixed sets.
/// </summary>
internal static class CnnLimits
{
    /// <summary>CNN sessions (open WebSockets at /cnn/ws) the server keeps at once; more are refused with 503.</summary>
    public const int MaxSessions = 8;

    /// <summary>The batch sizes the page may ask for; the trainer is built for the largest, so a change needs no new one.</summary>
    public static readonly IReadOnlyList<int> Batches = [16, 32, 64, 128];

    public static int MaxBatch => Batches[^1];

    public const double MinLearningRate = 0.001;
    public const double MaxLearningRate = 0.2;

    /// <summary>A run stops (finished) after this many epochs over the training images.</summary>
    public const int MaxEpochs = 20;

    /// <summary>Batches a session may train per second, whether by play or by single steps (on top of the budget).</summary>
    public const int MaxStepsPerSecond = 200;

    /// <summary>The quick test accuracy is measured every this many batches, on the first <see cref="QuickTestImages"/> test images.</summary>
    public const int QuickTestEvery = 100;

    public const int QuickTestImages = 1000;

    /// <summary>Test images scored in one unit of work (an evaluation runs in such slices, charged to the budget like steps).</summary>
    public const int EvaluationSlice = 500;

    /// <summary>The test images shown in the grid with their predictions: the first this many.</summary>
    public const int GridImages = 24;

    /// <summary>Frames per second while training (each carries the filters and every feature map of the chosen image).</summary>
    public const int FramesPerSecond = 4;

    /// <summary>A client message larger than this closes the session (the largest command is a few hundred bytes).</summary>
    public const int MaxMessageBytes = 4096;
}
