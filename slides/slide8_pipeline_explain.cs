// The NnLesson library (src/) is referenced in slides/Directory.Build.props, so `dotnet run` can cache this program.
// Slide 8: the image-classification pipeline, every panel from the real tensors of one run.
//   dotnet run slides/slide8_pipeline_explain.cs                                    → outputs/slide8_pipeline.png
//   dotnet run slides/slide8_pipeline_explain.cs -- --image my_photo.jpg --lang en  → your photo, English text
// Stages: photo [H, W, 3] uint8 → resize 256, centre crop 224, (v/255 − μ)/σ → tensor [1, 3, 224, 224]
// → first convolution layer's feature maps (a real intermediate tensor of the CNN) → logits [1, 1000] → softmax top-5.
// The model is found as in `nnlesson slide8`: --model PATH, $NNLESSON_MODEL, models/*.onnx, ../shared/models;
// with none, stages 1–2 are still drawn and stages 3–4 say how to get a model.
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

var script = SlideScript.Parse(args, "slide8", "--image", "--model");   // + --out, --lang, --seed, --size
var options = new Slide8Options(
    ImagePath: script.Get("--image"),   // null → data/sample.jpg (a CC0 cat)
    ModelPath: script.Get("--model"));  // null → the search order above
return script.Run(context => Slide8PipelineExplain.Run(context, options));
