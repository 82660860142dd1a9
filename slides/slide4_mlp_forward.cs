// Slide 4 — the forward pass of a multilayer perceptron 2→8→1 with random (untrained) weights and biases.
//
//   Z1 = X·W1 + b1      H = ReLU(Z1)      Z2 = H·W2 + b2      Y = σ(Z2)
//   X: [batch, 2]  W1: [2, 8]  b1: [8]  H: [batch, 8]  W2: [8, 1]  b2: [1]  Y: [batch, 1]
//
// Run from the repository root:
//   dotnet run slides/slide4_mlp_forward.cs                         (Ukrainian figures in outputs/, seed 42)
//   dotnet run slides/slide4_mlp_forward.cs -- --lang en --seed 7 --out outputs
// Writes outputs/slide4_hidden.png, outputs/slide4_boundary.png and outputs/manifest.json,
// exactly as `nnlesson slide4` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core.Activations;
using NnLesson.Core.Linear;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide4");   // --out DIR, --lang uk|en, --seed N, --size WxH
if (script.Error is not null)
{
    return script.UsageError();
}

// 1. The network: W1, W2 and then the biases b1, b2 drawn from the seed (biases with std 1).
var network = Slide4MlpForward.CreateNetwork(script.Seed);

// 2. A tiny batch: four points, one per row.                X: [4, 2]
var x = Slide4MlpForward.BatchMatrix();

// 3. Hidden layer: a weighted sum per unit, then ReLU.       Z1, H: [4, 8]
var z1 = Matrix.Multiply(x, network.W1);
z1.AddRowVector(network.B1);
var h = z1.Map(Relu.Instance.Value);

// 4. Output layer: one weighted sum of the 8 hidden values, then the sigmoid.   Z2, Y: [4, 1]
var z2 = Matrix.Multiply(h, network.W2);
z2.AddRowVector(network.B2);
var y = z2.Map(Sigmoid.Apply);

Console.WriteLine($"X {x.Shape} · W1 {network.W1.Shape} + b1 [{network.B1.Length}] = Z1 {z1.Shape};  H = ReLU(Z1) {h.Shape}");
Console.WriteLine($"H {h.Shape} · W2 {network.W2.Shape} + b2 [{network.B2.Length}] = Z2 {z2.Shape};  Y = σ(Z2) {y.Shape}");
for (var i = 0; i < x.Rows; i++)
{
    Console.WriteLine($"  x = ({x[i, 0],5:0.00}, {x[i, 1],5:0.00})  →  p(class 1) = {y[i, 0]:0.000}");
}
// The same numbers as the library's forward pass, which the figures use.
var library = network.Forward(x).Y;
Console.WriteLine($"  largest difference from TwoLayerMlp.Forward: {y.Data.Zip(library.Data, (a, b) => Math.Abs(a - b)).Max():G3}");
Console.WriteLine();

// 5. The slide itself: tables, figures and manifest, the same code the command line runs.
return script.Run(Slide4MlpForward.Run);
