// Slide 6 — a pretrained CNN classifies a photo.
//
//   photo [H, W, 3] → resize (shorter side 256) → centre crop [224, 224, 3] → x = (v/255 − μ) / σ → x: [1, 3, 224, 224]
//   → CNN → logits z: [1, 1000] → p_i = e^(z_i − max z) / Σ_j e^(z_j − max z) → the 5 most probable classes
//
// Run from the repository root:
//   dotnet run slides/slide6_cnn_inference.cs                                    (data/sample.jpg, Ukrainian figure)
//   dotnet run slides/slide6_cnn_inference.cs -- --image my_photo.jpg --lang en
// The model is found as in `nnlesson slide6`: --model PATH, $NNLESSON_MODEL, models/*.onnx, ../shared/models; with none,
// a dominant-colour fallback runs (slide6_fallback.png) and says how to get a model.
// Writes outputs/slide6_<model>.png (or slide6_fallback.png) and outputs/manifest.json, exactly as `nnlesson slide6` does.
// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.

using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Text;
using NnLesson.Language;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

var script = SlideScript.Parse(args, "slide6", "--image", "--model");   // + --out, --lang, --seed, --size
if (script.Error is not null)
{
    return script.UsageError();
}
var options = Slide6Options.Default with { ImagePath = script.Get("--image"), ModelPath = script.Get("--model") };
var lang = script.Lang;                                          // the console follows --lang: uk numbers with a decimal comma
string F(double v) => NumberText.Fixed(v, 2, lang);

try
{
    // 1. Decode the photo: bytes, row by row, three channels.                          [H, W, 3] uint8
    var photo = ImageLoader.Load(RepoLocator.PhotoOrSample(options.ImagePath));
    // 2. Resize so the shorter side is 256, then cut the centre 224×224.                [256, W', 3] → [224, 224, 3]
    var resized = ImageNetPreprocessing.ResizeShorterSideTo(photo, 256);
    var crop = ImageNetPreprocessing.CenterCrop(resized, 224);
    // 3. Normalise each channel with ImageNet's mean and spread, channels first.        x: [1, 3, 224, 224] float32
    var x = ImageNetPreprocessing.ToNormalizedChw(crop);
    Console.WriteLine(lang.Text($"фото {photo.Shape} → масштаб {resized.Shape} → центр {crop.Shape} → x [1, 3, 224, 224] ({NumberText.Integer(x.Length, lang)} чисел)",
        $"photo {photo.Shape} → resized {resized.Shape} → crop {crop.Shape} → x [1, 3, 224, 224] ({NumberText.Integer(x.Length, lang)} numbers)"));

    if (ModelResolver.Resolve(options.ModelPath) is { } model)
    {
        // 4. The CNN: 224×224×3 numbers in, one raw score per ImageNet class out.       z: [1, 1000]
        using var cnn = OnnxImageClassifier.Open(model.ModelPath, model.LabelsPath);
        var z = cnn.Logits(new PreprocessedImage(resized, crop, x));
        // 5. Softmax turns the scores into probabilities that sum to 1.                 p: [1000]
        var p = Softmax.Stable(z);
        Console.WriteLine(lang.Text($"{model.ModelName}: логіти z [1, {z.Length}] від {F(z.Min())} до {F(z.Max())} → softmax p [{p.Length}], Σ p = {F(p.Sum())}",
            $"{model.ModelName}: logits z [1, {z.Length}] from {F(z.Min())} to {F(z.Max())} → softmax p [{p.Length}], Σ p = {F(p.Sum())}"));
        // 6. The five most probable classes.
        foreach (var (c, i) in TopPredictions.Select(p, cnn.Labels, 5).Select((c, i) => (c, i)))
        {
            Console.WriteLine($"  {i + 1}. {ClassLabels.Console(c.Index, c.Label, p.Length, lang),-40} #{c.Index,-4} {NumberText.Percent(c.Probability, lang, 2),8}");
        }
    }
    else
    {
        Console.WriteLine(lang.Text(
            "Моделі CNN не знайдено: слайд покаже запасний класифікатор за кольором (не нейромережу); `nnlesson model download resnet18` завантажить CNN.",
            "No CNN found: the slide runs the dominant-colour fallback (not a neural network); `nnlesson model download resnet18` gets one."));
    }
    Console.WriteLine();
}
catch (LessonException e)
{
    Console.Error.WriteLine($"slide6: {e.Message}");
    return 1;
}

// 7. The slide itself: console table, figure and manifest, the same code the command line runs.
return script.Run(context => Slide6CnnInference.Run(context, options));
