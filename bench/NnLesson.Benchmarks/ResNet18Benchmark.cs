using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;

namespace NnLesson.Benchmarks;

/// <summary>
/// The lecture's ResNet-18 backbone, one 224×224 image, float32: the from-scratch fast path (im2col packed block by
/// block inside each thread's work + 12×32 Vector512 FMA micro-kernel where the CPU has AVX-512, else 6×16 Vector256,
/// BN folded, bias and ReLU in the epilogue, intermediate arrays reused), the readable path (the formula's loops), and ONNX Runtime on the same input,
/// with 1 and 2 threads, in the same run. Where the time goes per layer: `resnet18-profile` (<see cref="ResNet18Profile"/>). The GFLOP/s column is 2 · multiply-adds / time
/// (2.045 G multiply-adds for this CNTK graph: 22 convolutions). Run:
/// dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*ResNet18*'
/// </summary>
[Config(typeof(ResNet18Config))]
public class ResNet18Benchmark
{
    private ResNet18Backbone _backbone = null!;
    private OnnxRuntimeReference _onnxRuntime = null!;
    private ChwTensor _input = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Multiply-adds of one forward pass, set in setup (read by the GFLOP/s column).</summary>
    public static long MultiplyAdds { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _backbone = ResNet18Backbone.Load();
        _onnxRuntime = new OnnxRuntimeReference(File.ReadAllBytes(_backbone.Package!.BackboneFile), [], Threads);
        var photo = BenchPhotos.Load("../shared/images/kitten_caffe_cat.jpg").Photo;
        _input = _backbone.Preprocess.Run(photo).Input;
        MultiplyAdds = _backbone.Readable.MultiplyAdds(3, 224, 224);
        _backbone.Fast.Run(_input, new CnnRunOptions(CnnPath.Fast, Threads)); // packs the weights once
    }

    [GlobalCleanup]
    public void Cleanup() => _onnxRuntime.Dispose();

    [Benchmark(Baseline = true)]
    public IReadOnlyDictionary<string, float[]> OnnxRuntime() => _onnxRuntime.Run(_input);

    [Benchmark]
    public ChwTensor FromScratchFast() => _backbone.Fast.Run(_input, new CnnRunOptions(CnnPath.Fast, Threads)).Output;

    /// <summary>The readable loops (Conv2d parallelises over output channels on every core, whatever Threads says).</summary>
    [Benchmark]
    public ChwTensor FromScratchReadable() => _backbone.Readable.Run(_input, new CnnRunOptions(CnnPath.Readable, Threads)).Output;
}

/// <summary>The short in-process job plus a GFLOP/s column.</summary>
public sealed class ResNet18Config : ManualConfig
{
    public ResNet18Config()
    {
        Add(new ShortInProcessConfig());
        AddColumn(new GflopsColumn());
    }

    private sealed class GflopsColumn : IColumn
    {
        public string Id => "GFLOPs";
        public string ColumnName => "GFLOP/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "2 · multiply-adds / mean time";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || ResNet18Benchmark.MultiplyAdds == 0)
            {
                return "?";
            }
            return (2.0 * ResNet18Benchmark.MultiplyAdds / stats.Mean).ToString("F1"); // flops per ns = GFLOP/s
        }
    }
}
