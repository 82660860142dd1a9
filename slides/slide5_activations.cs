// Slide 5 — activation functions sigmoid, tanh, ReLU and their derivatives: why sigmoid gradients vanish.
//
//   σ(z) = 1 / (1 + e^(−z))   σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25
//   tanh′(z) = 1 − tanh²(z) ≤ 1          ReLU′(z) = 1 for z > 0, 0 for z < 0
//
// Backpropagation multiplies the gradient by f′(z) once per layer, so through n sigmoid layers
// at most 0.25ⁿ of it survives; through ReLU units that are on, all of it.
//
// Run from the repository root:
//   dotnet run slides/slide5_activations.cs                         (Ukrainian figures in outputs/)
//   dotnet run slides/slide5_activations.cs -- --lang en --out outputs
// Writes outputs/slide5_activations.png, outputs/slide5_derivatives.png and outputs/manifest.json,
// exactly as `nnlesson slide5-activations` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core.Activations;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide5-activations");   // --out DIR, --lang uk|en, --seed N, --size WxH
if (script.Error is not null)
{
    return script.UsageError();
}

// 1. Each activation is an IActivation: its value f(z) and its derivative f′(z).
IActivation[] activations = [Sigmoid.Instance, Tanh.Instance, Relu.Instance];
foreach (var f in activations)
{
    Console.WriteLine($"{f.Formula,-45} f(2) = {f.Value(2),7:0.0000}   f′(0) = {f.Derivative(0):0.0000}   f′(−5) = {f.Derivative(-5):0.0000}");
}

// 2. The best a gradient can do through n layers is (max f′)ⁿ: 0.25ⁿ for sigmoid, 1ⁿ for ReLU.
var maxSigmoid = Sigmoid.Instance.Derivative(0);   // σ′ peaks at z = 0
foreach (var n in new[] { 1, 5, 10, 20 })
{
    Console.WriteLine($"  after {n,2} sigmoid layers at most {Math.Pow(maxSigmoid, n).ToString("0.00e0", System.Globalization.CultureInfo.InvariantCulture)} of the gradient is left");
}
Console.WriteLine();

// 3. The slide itself: table, figures and manifest, the same code the command line runs.
return script.Run(Slide5Activations.Run);
