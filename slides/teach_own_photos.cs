// Teach the lecture's ResNet-18 your own classes (transfer learning): the pretrained network stays frozen, a new head learns.
//
//   f = ResNet-18(photo)               [512]   global average of the last feature maps [512, 7, 7] (cached on disk)
//   x = (f/‖f‖ − μ) / σ                [512]   μ, σ: [512] from the training photos only
//   Z = X·Wᵀ + b,  P = softmax(Z)      X: [n, 512]  W: [K, 512] (one row per class)  b: [K]  Z, P: [n, K]
//   L = −(1/n) Σᵢ ln P[i, tᵢ] + (λ/2)·‖W‖²
//   dZ = (P − T)/n,  dW = dZᵀ·X + λ·W,  db = Σᵢ dZ[i]      (the formulas of slide 5; T: one-hot targets [n, K])
//
// Run from the repository root (DATA: one folder of photos per class, or train/ and val/ each with one folder per class):
//   dotnet run slides/teach_own_photos.cs -- ../shared/datasets/hymenoptera       (Ukrainian figures in outputs/)
//   dotnet run slides/teach_own_photos.cs -- MY_PHOTOS --lang en --out outputs
// Writes outputs/teach_curves.png, teach_confusion.png, teach_mistakes.png, teach_map.png, teach_cam.png, head.json
// and manifest.json, exactly as `nnlesson teach DATA` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core;
using NnLesson.Core.Linear;
using NnLesson.Core.Transfer;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

var hasData = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal);
var script = SlideScript.Parse(hasData ? args[1..] : args, "teach");   // DATA first, then --out, --lang, --seed, --size
if (script.Error is not null)
{
    return script.UsageError();
}
var data = hasData ? args[0] : DataSetLocator.Find()?.Folder;
if (data is null)
{
    Console.Error.WriteLine($"teach: give a DATA folder (none found at {DataSetLocator.SearchedPlaces})");
    return 2;
}
var (epochs, lr, l2) = (200, 0.01, 1.0);   // change a number here: the lesson below uses the same ones
var options = TeachOptions.Default with { DataPath = data, Epochs = epochs, LearningRate = lr, L2 = l2 };

// 1. Every photo through the frozen network, one at a time (a photo seen before comes from the cache).   f: [512] each
PhotoFolders folders;
List<ExtractedPhoto> train, validation;
try
{
    folders = PhotoFolders.Scan(data);
    var package = ResNet18Package.Require();
    var cache = new FeatureCache(FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);
    var photos = FeatureExtraction.Run(folders.Photos, cache, () => ResNet18FeatureExtractor.Open(package.Verified(), intraOpThreads: 1)).Photos;
    (train, validation) = TeachLesson.Split(folders, photos, options.ValidationFraction, script.Seed);
}
catch (LessonException e)   // a missing folder, one class only, no model: one line, exit 1, as `nnlesson teach` does
{
    Console.Error.WriteLine($"teach: {e.Message}");
    return 1;
}

// 2. Unit length, then standardise with the training photos' μ and σ.       X: [n, 512]   Xv: [m, 512]
var standardizer = FeatureStandardizer.Fit([.. train.Select(p => TrainedHead.UnitLength(p.Features))]);
Matrix Features(List<ExtractedPhoto> set) => Matrix.FromRows([.. set.Select(p => standardizer.Apply(TrainedHead.UnitLength(p.Features)))]);
var (x, xv) = (Features(train), Features(validation));
int[] t = [.. train.Select(p => p.Photo.Class)], tv = [.. validation.Select(p => p.Photo.Class)];
int n = x.Rows, k = folders.Classes.Count;

// 3. The head from zero weights, full-batch gradient descent.                 W: [K, 512]   b: [K]
var w = new Matrix(k, x.Cols);
var b = new double[k];
Matrix Softmax(Matrix inputs)                                                   // P = softmax(X·Wᵀ + b): [rows, K]
{
    var z = Matrix.Multiply(inputs, w.Transpose());
    z.AddRowVector(b);
    for (var i = 0; i < z.Rows; i++)
    {
        SoftmaxCrossEntropy.Probabilities(z.Row(i)).CopyTo(z.Row(i));
    }
    return z;
}
for (var epoch = 1; epoch <= epochs; epoch++)
{
    var dz = Softmax(x);                                                        // P: [n, K]
    var loss = -Enumerable.Range(0, n).Average(i => Math.Log(dz[i, t[i]])) + l2 / 2 * w.Data.Sum(v => v * v);
    for (var i = 0; i < n; i++)
    {
        dz[i, t[i]] -= 1;                                                       // P − T
    }
    var dw = Matrix.Multiply(dz.Transpose(), x);                                // (P − T)ᵀ·X: [K, 512]
    for (var j = 0; j < w.Data.Length; j++)
    {
        w.Data[j] -= lr * (dw.Data[j] / n + l2 * w.Data[j]);                    // W ← W − η·(dZᵀ·X + λ·W)
    }
    for (var c = 0; c < k; c++)
    {
        b[c] -= lr * Enumerable.Range(0, n).Sum(i => dz[i, c]) / n;             // b ← b − η·Σᵢ dZ[i]
    }
    if (epoch == 1 || epoch % 50 == 0)
    {
        Console.WriteLine($"  epoch {epoch,3}: L = {loss:0.0000}");
    }
}

// 4. Validation: the class with the largest probability.
var pv = Softmax(xv);
var correct = Enumerable.Range(0, xv.Rows).Count(i => Enumerable.Range(0, k).MaxBy(c => pv[i, c]) == tv[i]);
Console.WriteLine($"X {x.Shape} · Wᵀ, W {w.Shape}, + b [{k}] → P; validation accuracy {correct}/{xv.Rows} = {100.0 * correct / xv.Rows:0.0} %");
Console.WriteLine();

// 5. The lesson itself: the same steps with the gradient check, figures, head.json and manifest, as the command line runs them.
return script.Run(c => TeachLesson.Run(c, options));
