using BenchmarkDotNet.Attributes;
using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;

namespace NnLesson.Benchmarks;

/// <summary>
/// The fast float32 trainer's layers one at a time, forward and backward, on one thread's share of a batch: 32 images
/// (batch 64 cut for 2 threads) through the default `train-cnn` network (LeNet, 16 and 32 filters, 120 hidden units):
/// conv1 [1,28,28]→[16,28,28] (5×5, padding 2; backward without ∂L/∂image, as in training), pool1 →[16,14,14],
/// conv2 →[32,10,10], pool2 →[32,5,5], dense1 800→120. Random inputs and output gradients, seeded.
/// Run: dotnet run -c Release --project bench/NnLesson.Benchmarks -- --filter '*CnnLayer*' --job short
/// </summary>
[MemoryDiagnoser]
public class CnnLayerBenchmark
{
    private const int Share = 32;

    private static readonly Dictionary<string, int> LayerIndex = new()
    {
        ["conv1"] = 0, ["pool1"] = 2, ["conv2"] = 3, ["pool2"] = 5, ["dense1"] = 7,
    };

    private IReadOnlyList<FastLayer> _layers = null!;
    private FastThread _thread = null!;
    private FastLayer _layer = null!;

    [Params("conv1", "pool1", "conv2", "pool2", "dense1")]
    public string Layer { get; set; } = "conv2";

    [GlobalSetup]
    public void Setup()
    {
        var architecture = CnnArchitecture.LeNet(16, 32, 120, 10);
        var random = new Random(7);
        var weights = CnnWeights.HeInitialised(architecture, random);
        _layers = FastLayer.For(architecture, ConvMicroKernel.Best);
        _thread = new FastThread(_layers, architecture.Input, weights, Share);
        foreach (var layer in _layers)
        {
            layer.PrepareBatch(weights);
        }
        var image = _thread.Act[0];
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = (float)(random.NextDouble() * 2 - 1);
        }
        foreach (var layer in _layers)
        {
            layer.Forward(_thread, Share); // every layer's input and what its backward pass keeps (im2col, arg-max)
        }
        foreach (var gradient in _thread.Grad)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] = (float)(random.NextDouble() * 2 - 1) * 1e-3f;
            }
        }
        _layer = _layers[LayerIndex[Layer]];
    }

    [Benchmark]
    public void Forward() => _layer.Forward(_thread, Share);

    [Benchmark]
    public void Backward() => _layer.Backward(_thread, Share, inputGradient: _layer.Index > 0);
}
