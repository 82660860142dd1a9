#:project ../src/NnLesson.Slides/NnLesson.Slides.csproj
// Slide 8: the image-classification pipeline, every panel from the real tensors of one run.
//   dotnet run slides/slide8_pipeline_explain.cs                      → outputs/slide8_pipeline.png
//   dotnet run slides/slide8_pipeline_explain.cs -- my_photo.jpg en   → your photo, English text
// Stages: photo [H, W, 3] uint8 → resize 256, centre crop 224, (v/255 − μ)/σ → tensor [1, 3, 224, 224]
// → first convolution layer's feature maps (a real intermediate tensor of the CNN) → logits [1, 1000] → softmax top-5.
// The model is found as in `nnlesson slide8`: $NNLESSON_MODEL, models/*.onnx, ../shared/models;
// with none, stages 1–2 are still drawn and stages 3–4 say how to get a model.
using NnLesson.Figures;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

var image = args.Length > 0 ? args[0] : null;                        // null → data/sample.jpg (a CC0 cat)
var lang = args.Length > 1 && args[1] == "en" ? Lang.En : Lang.Uk;  // figure text language

var context = new SlideContext("outputs", lang, SlideContext.DefaultSeed, FigureSize.Default, new PlainTextReporter(Console.Out));
var options = Slide8Options.Default with { ImagePath = image };     // ModelPath null → the documented search order
foreach (var figure in LessonRun.Execute(context, [c => Slide8PipelineExplain.Run(c, options)]).SelectMany(o => o.Figures))
{
    Console.WriteLine($"  → {figure.Path}");
}
