#:project ../src/NnLesson.Vision/NnLesson.Vision.csproj
// One LeNet-style epoch on Fashion-MNIST with the fast float32 trainer, printed like ../shared/reference/torch_lenet.py
// so bench/train_cnn.sh can put the two side by side (same network, batch 64, SGD momentum 0.9, same threads).
//   dotnet run -c Release bench/train_cnn_epoch.cs -- DATA_DIR [threads=2] [epochs=1] [lr=0.05] [channels=8,16] [schedule=constant|cosine] [mirror=0|1]
using System.Diagnostics;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Vision.Datasets;

var folder = args.Length > 0 ? args[0] : FashionMnist.DebianFolder;
var threads = args.Length > 1 ? int.Parse(args[1]) : 2;
var epochs = args.Length > 2 ? int.Parse(args[2]) : 1;
var lr = args.Length > 3 ? float.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0.05f;
var channels = (args.Length > 4 ? args[4] : "8,16").Split(',').Select(int.Parse).ToArray();
var cosine = args.Length > 5 && args[5] == "cosine";
var mirror = args.Length > 6 && args[6] == "1";
const int batch = 64;
var data = IdxDataSet.Load(folder);
var architecture = CnnArchitecture.LeNet(channels[0], channels[1], 120, data.Classes);
var trainer = new FastCnnTrainer(CnnWeights.HeInitialised(architecture, new Random(0)), batch, threads) { Normalisation = data.Train.PixelStatistics() };
var random = new Random(1);
for (var epoch = 0; epoch < epochs; epoch++)
{
    var clock = Stopwatch.StartNew();
    var order = SeededShuffle.Permutation(data.Train.Count, random);
    var steps = (order.Length + batch - 1) / batch;
    var flips = new bool[batch];
    for (var b = 0; b < order.Length; b += batch)
    {
        var rate = cosine ? (float)CosineSchedule.At(lr, epoch * steps + b / batch, epochs * steps) : lr;
        for (var i = 0; i < batch; i++)
        {
            flips[i] = mirror && random.Next(2) == 1;
        }
        var n = Math.Min(batch, order.Length - b);
        trainer.Step(data.Train, order.AsSpan(b, n), rate, 0.9f, mirror ? flips.AsSpan(0, n) : default);
    }
    var seconds = clock.Elapsed.TotalSeconds;
    var logits = trainer.Logits(data.Test, 0, data.Test.Count);
    var correct = 0;
    for (var n = 0; n < data.Test.Count; n++)
    {
        correct += System.Numerics.Tensors.TensorPrimitives.IndexOfMax(logits.AsSpan(n * data.Classes, data.Classes)) == data.Test.Labels[n] ? 1 : 0;
    }
    Console.WriteLine($"epoch {epoch + 1}: {seconds:F3} s, test accuracy {correct / (double)data.Test.Count:F4}");
}
