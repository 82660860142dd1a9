// A CNN learns to see: LeNet trained from scratch on Fashion-MNIST. One training step first, written out by hand:
//
//   forward   a₀ = x [B, 1, 28, 28] → conv 5×5 → ReLU → max-pool 2 → conv 5×5 → ReLU → max-pool 2 → flatten → dense → ReLU → dense = z [B, 10]
//   loss      L = −(1/B) Σₙ log softmax(zₙ)[yₙ]                  dz = (softmax(z) − onehot(y)) / B
//   backward  d_{l−1} = layer_l.Backward(d_l)                    conv: dW = Σ dY·x-patch, dx = Σ dY·W; max-pool: dY to the arg-max;
//                                                                ReLU: dY where x > 0; dense: dW = dYᵀ·X, dX = dY·W
//   update    θ ← θ − η·∂L/∂θ                                   (the lesson adds momentum: v ← μ·v + g, θ ← θ − η·v)
//
// Run from the repository root (Fashion-MNIST: sudo apt-get install dataset-fashion-mnist, or --data DIR with the IDX files):
//   dotnet run slides/train_cnn.cs                               (Ukrainian figures in outputs/)
//   dotnet run slides/train_cnn.cs -- --epochs 2 --lang en --out outputs
// Writes outputs/train_cnn_filters.png, train_cnn_curves.png, train_cnn_confusion.png, train_cnn_mistakes.png,
// train_cnn_maps.png, train_cnn_filters.gif, cnn.json and manifest.json, exactly as `nnlesson train-cnn` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core;
using NnLesson.Core.Cnn.Training;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Datasets;

var script = SlideScript.Parse(args, "train-cnn", "--epochs", "--data");   // --out, --lang, --seed, --size, and these two
if (script.Error is not null)
{
    return script.UsageError();
}
var folder = script.Get("--data") ?? FashionMnist.Find();
if (folder is null || !IdxDataSet.Has(folder))
{
    Console.Error.WriteLine(folder is null ? $"train-cnn: {TrainCnnLesson.MissingData(script.Lang)}"
        : $"train-cnn: {folder}: {string.Join(", ", IdxDataSet.FileStems)} (.gz)?");
    return 1;
}
IdxDataSet data;
try
{
    data = IdxDataSet.Load(folder);
}
catch (LessonException e)
{
    Console.Error.WriteLine($"train-cnn: {e.Message}");
    return 1;
}

// 1. The network and a batch of 16 training images, x = (pixel/255 − μ)/σ.      x: [16, 1, 28, 28]   y: [16]
var architecture = CnnArchitecture.LeNet(8, 16, 120, data.Classes);
var network = new Network(architecture, CnnWeights.HeInitialised(architecture, new Random(script.Seed)));
const int batch = 16;
var (mean, std) = data.Train.PixelStatistics();
var x = new Batch(batch, 1, 28, 28);
var pixels = new float[28 * 28];
for (var n = 0; n < batch; n++)
{
    data.Train.Normalise(n, mean, std, pixels);
    for (var i = 0; i < pixels.Length; i++)
    {
        x.Data[n * pixels.Length + i] = pixels[i];
    }
}
var y = data.Train.Labels[..batch];

// 2. Forward, layer by layer (each layer keeps what its backward pass needs).
var a = x;
foreach (var layer in network.Layers)
{
    a = layer.Forward(a);
    Console.WriteLine($"  {layer.Name,-14} → {a.ShapeText}");
}

// 3. The loss and its gradient with respect to the logits.                       dz: [16, 10]
var dz = Batch.ZerosLike(a);
var loss = SoftmaxCrossEntropy.LossAndGradient(a, y, dz);

// 4. Backward: the chain rule, from the last layer to the first.
network.ZeroGradients();
var d = dz;
for (var l = network.Layers.Count - 1; l >= 0; l--)
{
    d = network.Layers[l].Backward(d);
}

// 5. One step of gradient descent on every weight and bias.                      η = 0.05
foreach (var p in network.Parameters)
{
    for (var i = 0; i < p.Values.Length; i++)
    {
        p.Values[i] -= 0.05 * p.Gradient[i];
    }
}
Console.WriteLine($"One step on {batch} images: L = {loss:0.0000} → {network.Loss(x, y):0.0000}");
Console.WriteLine();

// 6. The lesson itself: the gradient check, all the epochs (fast float32 path), the figures, cnn.json and the manifest.
var epochs = script.GetNumber("--epochs") is { } given ? (int)given : TrainCnnOptions.Default.Epochs;
var options = TrainCnnOptions.Default with { DataPath = folder, Epochs = Math.Max(1, epochs) };
return script.Run(c => TrainCnnLesson.Run(c, options));
