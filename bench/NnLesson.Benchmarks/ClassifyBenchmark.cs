using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Benchmarks;

/// <summary>
/// What `nnlesson classify` spends per photo with the shared MobileNetV2-int8 (one ONNX session, reused):
/// decoding, preprocessing (resize 256 → crop 224 → normalise), inference alone, the whole chain, and the
/// throughput over the shared photos. Run: dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*Classify*'
/// The model and photos are found in ../shared beside the repository (or NNLESSON_SHARED).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ClassifyBenchmark
{
    /// <summary>The shared photos (../shared/images/*.jpg); OperationsPerInvoke needs the count up front.</summary>
    private const int SharedPhotos = 7;

    private OnnxImageClassifier _classifier = null!;
    private string _photoPath = null!;
    private string[] _folder = null!;
    private RgbImage _photo = null!;
    private PreprocessedImage _preprocessed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shared = SharedFolder();
        _classifier = OnnxImageClassifier.Open(Path.Combine(shared, "models", "mobilenetv2-12-int8.onnx"));
        _photoPath = Path.Combine(shared, "images", "banana_0.jpg");
        _folder = Directory.GetFiles(Path.Combine(shared, "images"), "*.jpg").Order(StringComparer.Ordinal).ToArray();
        if (_folder.Length != SharedPhotos)
        {
            throw new InvalidOperationException($"Expected {SharedPhotos} shared photos, found {_folder.Length}; update SharedPhotos.");
        }
        _photo = ImageLoader.Load(_photoPath);
        _preprocessed = ImageNetPreprocessing.Run(_photo);
        _classifier.Classify(_preprocessed, 5); // first run allocates ONNX Runtime's buffers
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    /// <summary>JPEG 920×920 → RgbImage [920, 920, 3].</summary>
    [Benchmark]
    public RgbImage Decode() => ImageLoader.Load(_photoPath);

    /// <summary>RgbImage → tensor [1, 3, 224, 224].</summary>
    [Benchmark]
    public PreprocessedImage Preprocess() => ImageNetPreprocessing.Run(_photo);

    /// <summary>Tensor → logits [1000]: the network alone.</summary>
    [Benchmark]
    public float[] InferenceOnly() => _classifier.Logits(_preprocessed);

    /// <summary>File → top-5: what one photo costs in `classify` once the session is open.</summary>
    [Benchmark(Baseline = true)]
    public ClassificationResult DecodePreprocessInfer() => _classifier.Classify(ImageLoader.Load(_photoPath), 5);

    /// <summary>All shared photos (7 JPEGs, 0.2–1.5 MP) one after another; reported per photo, so images/s = 1 / mean.</summary>
    [Benchmark(OperationsPerInvoke = SharedPhotos)]
    public int FolderThroughput()
    {
        var count = 0;
        foreach (var path in _folder)
        {
            count += _classifier.Classify(ImageLoader.Load(path), 5).Top.Count;
        }
        return count;
    }

    private static string SharedFolder()
    {
        if (Environment.GetEnvironmentVariable("NNLESSON_SHARED") is { Length: > 0 } fromEnv)
        {
            return Path.GetFullPath(fromEnv);
        }
        var root = RepoLocator.FindRepoRoot()
            ?? throw new InvalidOperationException("Run the benchmarks inside the repository (NnLesson.slnx not found) or set NNLESSON_SHARED.");
        return Path.GetFullPath(Path.Combine(root, "..", "shared"));
    }
}

/// <summary>
/// A short job (3 warm-ups, 3 iterations: the machine is shared) run in-process: generating and building
/// BenchmarkDotNet's separate boilerplate project exceeded its 2-minute build timeout on a busy 2-core machine,
/// and these millisecond-scale operations do not need a separate process.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
