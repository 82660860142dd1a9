using NnLesson.Benchmarks.Float32;
using NnLesson.Core.Training.Fast;
using BenchmarkDotNet.Attributes;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Benchmarks;

/// <summary>
/// Training the lecture's MLP 2→16→1 on 1000 two-moons points (noise 0.2) for 2000 full-batch epochs
/// with η = 0.5, recording the loss every epoch: the readable path (Matrix, one allocation per
/// intermediate) against the fast path (SIMD blocks, no allocation per epoch) and its float32 variant (one and two threads). For scale, the original
/// numpy float64 script takes about 0.36 s for the same work on the lecture machine, PyTorch CPU 0.44 s.
/// Run: dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*Training*'
/// Side by side with numpy in one run (whole processes, medians): bench/training.sh.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmark
{
    private const int Epochs = 2000;
    private const double LearningRate = 0.5;

    private Dataset2D _points = null!;
    private TwoLayerMlp _initial = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _points = TwoMoons.Generate(1000, 0.2, random);
        _initial = TwoLayerMlp.CreateRandom(2, 16, random);
    }

    [Benchmark(Baseline = true)]
    public double Readable() =>
        MlpTrainer.Train(_initial.Clone(), _points, null, new TrainingSettings(Epochs, LearningRate)).FinalTrainLoss;

    [Benchmark]
    public double Fast() =>
        FastMlpTrainer.Train(_initial.Clone(), _points, null, new TrainingSettings(Epochs, LearningRate)).FinalTrainLoss;

    [Benchmark]
    public double Float32OneThread() =>
        Float32MlpTrainer.Train(_initial.Clone(), _points, null, new TrainingSettings(Epochs, LearningRate), twoThreads: false).FinalTrainLoss;

    [Benchmark]
    public double Float32TwoThreads() =>
        Float32MlpTrainer.Train(_initial.Clone(), _points, null, new TrainingSettings(Epochs, LearningRate), twoThreads: true).FinalTrainLoss;
}
