#:project ../src/NnLesson.Slides/NnLesson.Slides.csproj
// Slide 6: a pretrained CNN classifies a photo.
//   dotnet run slides/slide6_cnn_inference.cs                      → outputs/slide6_<model>.png
//   dotnet run slides/slide6_cnn_inference.cs -- my_photo.jpg en   → your photo, English text
// The model is found as in `nnlesson slide6`: $NNLESSON_MODEL, models/*.onnx, ../shared/models;
// with none, a dominant-colour fallback runs (outputs/slide6_fallback.png) and says how to get a model.
using NnLesson.Figures;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

var image = args.Length > 0 ? args[0] : null;                        // null → data/sample.jpg (a CC0 cat)
var lang = args.Length > 1 && args[1] == "en" ? Lang.En : Lang.Uk;  // figure text language

var context = new SlideContext("outputs", lang, SlideContext.DefaultSeed, FigureSize.Default, new PlainTextReporter(Console.Out));
// photo → resize 256 → centre crop 224 → normalise → CNN → 1000 logits → softmax → top 5
var options = Slide6Options.Default with { ImagePath = image };
foreach (var figure in LessonRun.Execute(context, [c => Slide6CnnInference.Run(c, options)]).SelectMany(o => o.Figures))
{
    Console.WriteLine($"  → {figure.Path}");
}
