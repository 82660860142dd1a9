// Slide 3 — the perceptron learns AND and OR, and fails on XOR.
//   weighted sum   z = w1·x1 + w2·x2 + b
//   step           y = 1 if z ≥ 0, else 0
//   learning rule  w ← w + lr·(t − y)·x,   b ← b + lr·(t − y)
//
// Run from the repository root:
//   dotnet run slides/slide3_perceptron_gate.cs                              (Ukrainian figures into outputs/)
//   dotnet run slides/slide3_perceptron_gate.cs -- --lang en --seed 7 --out outputs
// Writes slide3_and.png, slide3_or.png, slide3_xor.png, slide3_and.gif and manifest.json, exactly as `nnlesson slide3` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core.Perceptrons;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide3");   // --out DIR, --lang uk|en, --seed N, --size WxH
if (script.Error is not null)
{
    return script.UsageError();
}

// 1. One step of the rule by hand, on the AND input (1, 1) whose target is t = 1.
var perceptron = new Perceptron(w1: 0.2, w2: -0.4, bias: 0.1);
double x1 = 1, x2 = 1;
var t = 1;
var z = perceptron.WeightedSum(x1, x2);   // 0.2·1 + (−0.4)·1 + 0.1 = −0.1
var y = Perceptron.Step(z);               // z < 0, so y = 0: wrong, the target is 1
Console.WriteLine($"z = {z:F2}, y = {y}, t = {t}, error t − y = {t - y}");
perceptron.Learn(x1, x2, t, learningRate: 0.1);   // w1, w2, b each grow by 0.1·(1 − 0)·(their input)
Console.WriteLine($"after one update: {perceptron}, z = {perceptron.WeightedSum(x1, x2):F2} ≥ 0, so now y = 1");
Console.WriteLine();

// 2. The whole slide: train AND, OR and XOR from the same seeded random start, print each training
//    table, draw the three figures and write manifest.json (the code the `nnlesson slide3` command runs).
return script.Run(Slide3PerceptronGate.Run);
