// Slide 5 — training an MLP 2→16→1 from scratch on two moons: forward → loss → backward → update.
//   forward   Z1 = X·W1 + b1,  H = ReLU(Z1),  Z2 = H·W2 + b2,  Y = σ(Z2)     X: [N, 2]  W1: [2, 16]  W2: [16, 1]
//   loss      L = −mean(T·ln Y + (1 − T)·ln(1 − Y))
//   backward  dZ2 = (Y − T)/N,  dW2 = Hᵀ·dZ2,  dZ1 = dZ2·W2ᵀ ⊙ ReLU′(Z1),  dW1 = Xᵀ·dZ1
//   update    W ← W − η·dW,  b ← b − η·db
//
// Run from the repository root:
//   dotnet run slides/slide5_train_gd.cs                                     (Ukrainian figures into outputs/)
//   dotnet run slides/slide5_train_gd.cs -- --lang en --seed 7 --out outputs
// Writes outputs/slide5_loss.png, outputs/slide5_boundary_trained.png, outputs/slide5_training.gif and
// outputs/manifest.json, the same as `nnlesson slide5-train`. The math lives in src/NnLesson.Core/Training/.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core.Losses;
using NnLesson.Core.Training;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide5-train");   // --out DIR, --lang uk|en, --seed N, --size WxH
if (script.Error is not null)
{
    return script.UsageError();
}
var options = Slide5TrainOptions.Default; // 1000 points, noise 0.2, 16 hidden units, 2000 epochs, η = 0.5

// 1. The idea, in the readable code: the slide's data and untrained network, five epochs by hand.
var (data, mlp) = TrainingSetup.Create(options.Dataset, options.Samples, options.Noise, options.Hidden, script.Seed);
var x = data.Train.X;          // X: [800, 2]  one point per row
var t = data.Train.Targets;    // T: [800, 1]  labels 0 or 1
for (var epoch = 1; epoch <= 5; epoch++)
{
    var pass = mlp.Forward(x);                                      // forward:  Z1 = X·W1 + b1, H = ReLU(Z1), Z2 = H·W2 + b2, Y = σ(Z2)
    var loss = BinaryCrossEntropy.FromLogits(pass.Z2.Data, t.Data);  // loss:     L = −mean(t·ln y + (1 − t)·ln(1 − y))
    var gradients = Backpropagation.Backward(mlp, pass, t);          // backward: dZ2 = (Y − T)/N, dW2 = Hᵀ·dZ2, dW1 = Xᵀ·dZ1, …
    GradientDescent.Step(mlp, gradients, options.LearningRate);      // update:   W ← W − η·dW
    Console.WriteLine($"epoch {epoch}: loss {loss:F4}");
}

// 2. The whole slide: gradient check, all 2000 epochs, summary, both figures and the manifest.
return script.Run(c => Slide5TrainGd.Run(c, options));
