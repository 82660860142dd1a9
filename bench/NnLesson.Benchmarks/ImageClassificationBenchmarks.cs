using BenchmarkDotNet.Attributes;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Benchmarks;

/// <summary>
/// Slide 6's pipeline stage by stage on the repository's sample photo (451×300) and, if present, the
/// team's shared 1546×1213 Samoyed: decode, resize+crop+normalise, network (one reused ONNX session).
/// Run: dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*ImageClassification*'
/// </summary>
[MemoryDiagnoser]
public class ImageClassificationBenchmarks
{
    private string _photoPath = "";
    private RgbImage _photo = null!;
    private PreprocessedImage _input = null!;
    private OnnxImageClassifier? _classifier;

    [Params(BenchPhotos.Sample, BenchPhotos.Samoyed)]
    public string Photo { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_photoPath, _photo) = BenchPhotos.Load(Photo);
        _input = ImageNetPreprocessing.Run(_photo);
        if (ModelResolver.Resolve(null) is { } model)
        {
            _classifier = OnnxImageClassifier.Open(model.ModelPath, model.LabelsPath);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier?.Dispose();

    [Benchmark]
    public RgbImage Decode() => ImageLoader.Load(_photoPath);

    [Benchmark]
    public PreprocessedImage Preprocess() => ImageNetPreprocessing.Run(_photo);

    /// <summary>Network + softmax; 0 when no model is available (the fallback has no network).</summary>
    [Benchmark]
    public int Network() => _classifier?.Classify(_input, 5).Top[0].Index ?? 0;
}
