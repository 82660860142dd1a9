// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.
// Slide 6: a pretrained CNN classifies a photo.
//   dotnet run slides/slide6_cnn_inference.cs                                    → outputs/slide6_<model>.png
//   dotnet run slides/slide6_cnn_inference.cs -- --image my_photo.jpg --lang en  → your photo, English text
// photo → resize 256 → centre crop 224 → normalise → CNN → 1000 logits → softmax → top 5.
// The model is found as in `nnlesson slide6`: --model PATH, $NNLESSON_MODEL, models/*.onnx, ../shared/models;
// with none, a dominant-colour fallback runs (outputs/slide6_fallback.png) and says how to get a model.
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide6", "--image", "--model");   // + --out, --lang, --seed, --size
var options = Slide6Options.Default with
{
    ImagePath = script.Get("--image"),   // null → data/sample.jpg (a CC0 cat)
    ModelPath = script.Get("--model"),   // null → the search order above
};
return script.Run(context => Slide6CnnInference.Run(context, options));
