using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Benchmarks;

/// <summary>
/// Preprocessing on its own: the readable reference resize against the fast one (shorter side → 256),
/// and the whole <see cref="ImageNetPreprocessing.Run"/> (resize → crop 224 → normalised [1, 3, 224, 224]),
/// on the shared 1546×1213 Samoyed and the repository's 451×300 sample. Decoding is listed for scale.
/// Run: dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*Preprocessing*'
/// </summary>
[Config(typeof(PreprocessingConfig))]
[MemoryDiagnoser]
public class PreprocessingBenchmark
{
    private string _photoPath = "";
    private RgbImage _photo = null!;
    private int _width, _height;

    [Params(BenchPhotos.Sample, BenchPhotos.Samoyed)]
    public string Photo { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_photoPath, _photo) = BenchPhotos.Load(Photo);
        (_width, _height) = ImageNetPreprocessing.ResizedSize(_photo.Width, _photo.Height, ImageNetPreprocessing.ResizeShorterSide);
    }

    /// <summary>The readable double-precision resize (shorter side → 256).</summary>
    [Benchmark(Baseline = true)]
    public RgbImage ResizeReference() => BilinearResize.Resize(_photo, _width, _height);

    /// <summary>The fast resize ImageNetPreprocessing uses (float, vertical pass first, SIMD).</summary>
    [Benchmark]
    public RgbImage ResizeFast() => FastBilinearResize.Resize(_photo, _width, _height);

    /// <summary>Resize 256 → crop 224 → normalise: what every classification pays after decoding.</summary>
    [Benchmark]
    public PreprocessedImage Run() => ImageNetPreprocessing.Run(_photo);

    /// <summary>File → RgbImage at full size, for scale.</summary>
    [Benchmark]
    public RgbImage Decode() => ImageLoader.Load(_photoPath);
}

/// <summary>
/// In-process like <see cref="ShortInProcessConfig"/>, but 15 measured iterations instead of 3: on a shared
/// 2-core machine three iterations of a 20 ms operation scatter by ±50 %, too much to compare two resizes.
/// </summary>
public sealed class PreprocessingConfig : ManualConfig
{
    public PreprocessingConfig() =>
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
}
