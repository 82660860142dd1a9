using System.Diagnostics;
using System.Globalization;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;

namespace NnLesson.Benchmarks;

/// <summary>
/// `resnet18-profile [reps] [threads…]`: where the fast path's time goes, step by step (median over reps), with
/// each convolution's GFLOP/s, and ONNX Runtime's whole forward pass timed in the same process, interleaved.
/// CPU time per pass is printed too: on a shared machine it moves less with the load than the wall clock.
/// A stopwatch tool for finding the slow layer; the numbers to quote come from <see cref="ResNet18Benchmark"/>.
/// </summary>
public static class ResNet18Profile
{
    public static int Run(int reps, IReadOnlyList<int> threadCounts)
    {
        var backbone = ResNet18Backbone.Load();
        var input = backbone.Preprocess.Run(BenchPhotos.Load("../shared/images/kitten_caffe_cat.jpg").Photo).Input;
        var macs = StepMultiplyAdds(backbone.Fast, input);
        var total = macs.Values.Sum();
        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var threads in threadCounts)
        {
            using var ort = new OnnxRuntimeReference(File.ReadAllBytes(backbone.Package!.BackboneFile), [], threads);
            var options = new CnnRunOptions(CnnPath.Fast, threads);
            // Warm up until the JIT's tiering has settled (tier-0 code of a hot loop can be 10× slower).
            for (var w = 0; w < 3; w++)
            {
                for (var r = 0; r < 5; r++)
                {
                    backbone.Fast.Run(input, options);
                    ort.Run(input);
                }
                Thread.Sleep(300);
            }
            var stepTimes = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var fastTotals = new List<double>();
            var ortTotals = new List<double>();
            var fastCpu = new List<double>();
            var ortCpu = new List<double>();
            var process = Process.GetCurrentProcess();
            for (var r = 0; r < reps; r++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var run = backbone.Fast.Run(input, options);
                fastTotals.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                fastCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                cpu = process.TotalProcessorTime;
                foreach (var (step, ms) in run.StepTimes)
                {
                    (stepTimes.TryGetValue(step, out var list) ? list : stepTimes[step] = []).Add(ms);
                }
                clock.Restart();
                ort.Run(input);
                ortTotals.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                ortCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }
            Console.WriteLine($"threads {threads}: fast {Median(fastTotals):F2} ms ({2.0 * total / Median(fastTotals) / 1e6:F1} GFLOP/s), " +
                $"ORT {Median(ortTotals):F2} ms ({2.0 * total / Median(ortTotals) / 1e6:F1} GFLOP/s), ratio {Median(fastTotals) / Median(ortTotals):F2}; " +
                $"CPU time per pass: fast {fastCpu.Average():F1} ms, ORT {ortCpu.Average():F1} ms (mean: the clock ticks are 10 ms) (ORT's pool spins: counts waiting); load {File.ReadAllText("/proc/loadavg")[..14]}");
            foreach (var step in backbone.Fast.Steps)
            {
                var ms = Median(stepTimes[step.Name]);
                var mac = macs.GetValueOrDefault(step.Name);
                var rate = mac > 0 ? (2.0 * mac / ms / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "";
                Console.WriteLine($"  {ms,7:F3} ms {rate,6} GF/s  {step.Layer.Describe()}  [{step.Name}]");
            }
        }
        return 0;
    }

    private static Dictionary<string, long> StepMultiplyAdds(CnnGraph graph, ChwTensor input)
    {
        var run = graph.Run(input, CnnRunOptions.Fast, graph.Steps.Select(s => s.Output).ToList());
        var tensors = new Dictionary<string, ChwTensor>(run.Kept, StringComparer.Ordinal) { [graph.InputName] = input };
        return graph.Steps.ToDictionary(s => s.Name, s => s.Layer.MultiplyAdds(s.Inputs.Select(n => tensors[n]).ToList()), StringComparer.Ordinal);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
