using System.Text.Json.Serialization;
using NnLesson.Figures;
using NnLesson.Figures.Text;

namespace NnLesson.Playground.Cnn;

/// <summary>The filters of the two convolutions (C1, C2): a small fixed set, written on the wire as "4,8", "8,16", "16,32".</summary>
public enum ChannelPair
{
    [JsonStringEnumMemberName("4,8")]
    C4And8,

    [JsonStringEnumMemberName("8,16")]
    C8And16,

    [JsonStringEnumMemberName("16,32")]
    C16And32,
}

/// <summary>
/// What the page may choose: the learning rate η (constant; SGD with momentum μ = 0.9, as <c>train-cnn</c> without its
/// cosine, since a live run has no planned end), the batch B, the filters (C1, C2) and the seed of the initial weights and
/// of the order of the images. η and B change a running network; C1, C2 and the seed start a new one.
/// </summary>
public sealed record CnnSettings(double LearningRate, int Batch, ChannelPair Channels, int Seed)
{
    public const double Momentum = 0.9;

    /// <summary>The page's defaults: <c>train-cnn</c>'s η₀ and batch, its 16 and 32 filters.</summary>
    public static readonly CnnSettings Default = new(0.05, 64, ChannelPair.C16And32, 42);

    public (int C1, int C2) Filters => Channels switch
    {
        ChannelPair.C4And8 => (4, 8),
        ChannelPair.C8And16 => (8, 16),
        _ => (16, 32),
    };

    public bool SameNetworkAs(CnnSettings other) => Channels == other.Channels && Seed == other.Seed;

    /// <exception cref="CnnRejection">A value outside the page's limits (the reason in both languages).</exception>
    public void Validate()
    {
        if (!double.IsFinite(LearningRate) || LearningRate < CnnLimits.MinLearningRate || LearningRate > CnnLimits.MaxLearningRate)
        {
            throw new CnnRejection(
                $"Швидкість навчання η має бути від {Uk(CnnLimits.MinLearningRate)} до {Uk(CnnLimits.MaxLearningRate)} (дано {Uk(LearningRate)}).",
                $"The learning rate η must be between {En(CnnLimits.MinLearningRate)} and {En(CnnLimits.MaxLearningRate)} (got {En(LearningRate)}).");
        }
        if (!CnnLimits.Batches.Contains(Batch))
        {
            throw new CnnRejection($"Розмір пакета має бути одним із {string.Join(", ", CnnLimits.Batches)} (дано {Batch}).",
                $"The batch size must be one of {string.Join(", ", CnnLimits.Batches)} (got {Batch}).");
        }
        if (!Enum.IsDefined(Channels))
        {
            throw new CnnRejection("Фільтри мають бути 4,8, 8,16 або 16,32.", "The filters must be 4,8, 8,16 or 16,32.");
        }
        if (Seed is < 0 or > 1_000_000)
        {
            throw new CnnRejection($"Зерно має бути від 0 до 1000000 (дано {Seed}).", $"The seed must be between 0 and 1000000 (got {Seed}).");
        }
    }

    private static string Uk(double v) => NumberText.Plain(v, Lang.Uk);

    private static string En(double v) => NumberText.Plain(v, Lang.En);
}
