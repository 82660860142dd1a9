// Slide 7 — inside the CNN: one residual block of the lecture's ResNet-18, computed by hand.
//
//   y = ReLU(x + F(x)),   F = Conv 3×3 → BN → ReLU → Conv 3×3 → BN
//   conv:  y[o, i, j] = b[o] + Σ_c Σ_u Σ_v w[o, c, u, v] · x[c, i·s + u − pad_top, j·s + v − pad_left]
//   BN:    y[c, i, j] = γ[c] · (x[c, i, j] − μ[c]) / √(σ²[c] + ε) + β[c]
//   x: [64, 56, 56] (after the stem conv1 → BN → ReLU → max-pool),  w: [64, 64, 3, 3]
//
// Run from the repository root:
//   dotnet run slides/slide7_inside_cnn.cs                                  (data/sample.jpg, Ukrainian figures)
//   dotnet run slides/slide7_inside_cnn.cs -- --image my_photo.jpg --lang en
// Writes outputs/slide7_convolution.png, slide7_convolution.gif, slide7_filters.png, slide7_depth.png,
// slide7_residual.png, slide7_cam.png and manifest.json,
// exactly as `nnlesson slide7` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

var script = SlideScript.Parse(args, "slide7", "--image");   // + --out, --lang, --seed, --size
if (script.Error is not null)
{
    return script.UsageError();
}

if (ResNet18Package.Find() is null)
{
    Console.WriteLine("ResNet-18 is not restored ('dotnet restore' brings it): only the figures that need no ResNet-18.");
    return script.Run(context => Slide7InsideCnn.Run(context, new Slide7Options(script.Get("--image"))));
}

// 1. The real ResNet-18 (NuGet, SHA-256 verified) as layers, and the photo as its input.    x0: [3, 224, 224]
var resnet = ResNet18Backbone.Shared();
var (_, x0) = resnet.Preprocess.Run(ImageLoader.Load(RepoLocator.PhotoOrSample(script.Get("--image"))));

// 2. The graph's first residual block: its input x, its two convolutions and batch norms (typed), the Add.
var block = resnet.FirstBlock;
var x = resnet.Fast.Run(x0, CnnRunOptions.Fast, [block.Input]).Kept[block.Input];         // x: [64, 56, 56]

// 3. The branch F(x), each step the readable loop that is its formula.                   w: [64, 64, 3, 3]
var h = Elementwise.Relu(block.Bn1.Norm.Forward(Conv2d.Forward(x, block.Conv1.Kernel, block.Conv1.Stride, block.Conv1.Pad)));
var f = block.Bn2.Norm.Forward(Conv2d.Forward(h, block.Conv2.Kernel, block.Conv2.Stride, block.Conv2.Pad)); // F(x): [64, 56, 56]

// 4. The shortcut: add x back, then ReLU.                                                    y: [64, 56, 56]
var y = Elementwise.Relu(Elementwise.Add(x, f));

// The same block in the library's fast path (BN folded into the convolutions) must agree.
var library = resnet.Fast.Run(x0, CnnRunOptions.Fast, [block.Output]).Kept[block.Output];
Console.WriteLine($"x {x.ShapeText} → F(x) {f.ShapeText} → y = ReLU(x + F(x)) {y.ShapeText}");
Console.WriteLine($"mean |x| = {x.Data.Average(Math.Abs):F3}, mean |F(x)| = {f.Data.Average(Math.Abs):F3} ({f.Data.Average(Math.Abs) / x.Data.Average(Math.Abs):F2} × mean |x|), mean y = {y.Data.Average():F3}");
Console.WriteLine($"largest difference from the fast path: {y.Data.Zip(library.Data, (a, b) => Math.Abs(a - b)).Max():G3}");
Console.WriteLine();

// 5. The slide itself: parity table, figures, animation and manifest, the same code the command line runs.
return script.Run(context => Slide7InsideCnn.Run(context, new Slide7Options(script.Get("--image"))));
