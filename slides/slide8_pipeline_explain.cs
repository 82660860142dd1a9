// Slide 8 — the image-classification pipeline, every stage a real tensor of one run.
//
//   photo [H, W, 3] uint8 → resize (shorter side 256) → centre crop [224, 224, 3] → x = (v/255 − μ) / σ → x: [1, 3, 224, 224]
//   → CNN: first convolution layer's feature maps [1, C, 112, 112] → … → logits z: [1, 1000] → p = softmax(z) → top-5
//
// Run from the repository root:
//   dotnet run slides/slide8_pipeline_explain.cs                                    (data/sample.jpg, Ukrainian figure)
//   dotnet run slides/slide8_pipeline_explain.cs -- --image my_photo.jpg --lang en
// The model is found as in `nnlesson slide8`: --model PATH, $NNLESSON_MODEL, models/*.onnx, ../shared/models; with none,
// stages 1–2 are still drawn and stages 3–4 say how to get a model.
// Writes outputs/slide8_pipeline.png and outputs/manifest.json, exactly as `nnlesson slide8` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Text;
using NnLesson.Language;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

var script = SlideScript.Parse(args, "slide8", "--image", "--model");   // + --out, --lang, --seed, --size
if (script.Error is not null)
{
    return script.UsageError();
}
var options = new Slide8Options(ImagePath: script.Get("--image"), ModelPath: script.Get("--model"));
var lang = script.Lang;                                          // the console follows --lang: uk numbers with a decimal comma
string F(double v) => NumberText.Fixed(v, 2, lang);

try
{
    // Stage 1. The photo is numbers: height × width × 3 channels of bytes.             [H, W, 3] uint8
    var photo = ImageLoader.Load(RepoLocator.PhotoOrSample(options.ImagePath));
    // Stage 2. Resize (shorter side 256), cut the centre 224×224, normalise per channel. x: [1, 3, 224, 224] float32
    var resized = ImageNetPreprocessing.ResizeShorterSideTo(photo, 256);                 // [256, W', 3]
    var crop = ImageNetPreprocessing.CenterCrop(resized, 224);                           // [224, 224, 3]
    var x = ImageNetPreprocessing.ToNormalizedChw(crop);                                 // (v/255 − μ[c]) / σ[c]
    Console.WriteLine(lang.Text($"1 фото {photo.Shape} → 2 масштаб {resized.Shape} → центр {crop.Shape} → x [1, 3, 224, 224] від {F(x.Min())} до {F(x.Max())}",
        $"1 photo {photo.Shape} → 2 resized {resized.Shape} → crop {crop.Shape} → x [1, 3, 224, 224] from {F(x.Min())} to {F(x.Max())}"));

    if (ModelResolver.Resolve(options.ModelPath) is { } model && model.LabelsPath is { } labelsPath)
    {
        // Stage 3. One pass of the CNN, its first convolution layer kept as an extra output.  maps: [1, C, H', W']
        using var cnn = CnnInspector.Open(model.ModelPath);
        var run = cnn.Run(x, [1, 3, 224, 224]);
        Console.WriteLine(lang.Text($"3 {model.ModelName}: перший шар '{run.Features.Tap.LayerName}' → карти {run.Features.ShapeText}",
            $"3 {model.ModelName}: first layer '{run.Features.Tap.LayerName}' → maps {run.Features.ShapeText}"));
        // Stage 4. The same pass ends in one score per class; softmax makes them probabilities.  z: [1, 1000] → p: [1000]
        var z = run.Output;
        var p = Softmax.Stable(z);
        Console.WriteLine(lang.Text($"4 логіти z [{string.Join(", ", run.OutputShape)}] від {F(z.Min())} до {F(z.Max())} → softmax p, Σ p = {F(p.Sum())}",
            $"4 logits z [{string.Join(", ", run.OutputShape)}] from {F(z.Min())} to {F(z.Max())} → softmax p, Σ p = {F(p.Sum())}"));
        foreach (var (c, i) in TopPredictions.Select(p, ImageNetLabels.Load(labelsPath), Slide8PipelineExplain.Top).Select((c, i) => (c, i)))
        {
            Console.WriteLine($"  {i + 1}. {ClassLabels.Console(c.Index, c.Label, p.Length, lang),-40} #{c.Index,-4} {NumberText.Percent(c.Probability, lang, 2),8}");
        }
    }
    else
    {
        Console.WriteLine(lang.Text(
            "Моделі CNN не знайдено: етапи 3–4 на слайді покажуть, як її отримати (`nnlesson model download resnet18`).",
            "No CNN found: stages 3–4 of the slide say how to get one (`nnlesson model download resnet18`)."));
    }
    Console.WriteLine();
}
catch (LessonException e)
{
    Console.Error.WriteLine($"slide8: {e.Message}");
    return 1;
}

// The slide itself: stage table, figure and manifest, the same code the command line runs.
return script.Run(context => Slide8PipelineExplain.Run(context, options));
