using NnLesson.Benchmarks.Float32;
using NnLesson.Core.Training.Fast;
using System.Diagnostics;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Benchmarks;

/// <summary>
/// `quick-training [reps]`: TrainingBenchmark's work timed with a stopwatch (after one warm-up call each),
/// printing one line per path: "name median_s min_s". bench/training.sh runs it beside numpy in one run;
/// BenchmarkDotNet (--filter '*Training*') stays the careful measurement.
/// </summary>
public static class QuickTraining
{
    public static int Run(int reps)
    {
        var random = new Random(42);
        var points = TwoMoons.Generate(1000, 0.2, random);
        var initial = TwoLayerMlp.CreateRandom(2, 16, random);
        var settings = new TrainingSettings(2000, 0.5);
        var paths = new (string Name, Func<double> Train)[]
        {
            ("readable-float64", () => MlpTrainer.Train(initial.Clone(), points, null, settings).FinalTrainLoss),
            ("fast-float64", () => FastMlpTrainer.Train(initial.Clone(), points, null, settings).FinalTrainLoss),
            ("fast-float32-1thread", () => Float32MlpTrainer.Train(initial.Clone(), points, null, settings, twoThreads: false).FinalTrainLoss),
            ("fast-float32-2threads", () => Float32MlpTrainer.Train(initial.Clone(), points, null, settings, twoThreads: true).FinalTrainLoss),
        };
        foreach (var (name, train) in paths)
        {
            var loss = train(); // warm-up: JIT, tiering
            var times = new double[reps];
            for (var r = 0; r < reps; r++)
            {
                var clock = Stopwatch.StartNew();
                loss = train();
                times[r] = clock.Elapsed.TotalSeconds;
            }
            Array.Sort(times);
            Console.WriteLine($"{name} {times[reps / 2]:F5} {times[0]:F5} final-loss={loss:F6}");
        }
        return 0;
    }
}
