using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson slide6 [--image PATH] [--model PATH] [--labels PATH] [--top K] [--fallback]`: a pretrained CNN classifies a photo.</summary>
public static class Slide6Command
{
    public static Command Create(CliRuntime runtime)
    {
        var defaults = Slide6Options.Default;
        var common = new CommonOptions();
        var image = new Option<string?>("--image", "-i")
        {
            Description = $"Photo to classify (JPEG, PNG, WebP, BMP or GIF). Default: {Slide6CnnInference.DefaultImage}.",
        };
        var model = new Option<string?>("--model", "-m")
        {
            Description = "ImageNet ONNX classifier. Default: $NNLESSON_MODEL, else models/*.onnx, else ../shared/models; none → colour fallback.",
        };
        var labels = new Option<string?>("--labels")
        {
            Description = "1000 class names, one per line. Default: imagenet_classes.txt or synset_words.txt beside the model.",
        };
        var top = new Option<int>("--top", "-k")
        {
            Description = $"How many classes to show (1..{Slide6CnnInference.MaxTop}).",
            DefaultValueFactory = _ => defaults.Top,
        };
        var fallback = new Option<bool>("--fallback")
        {
            Description = "Use the dominant-colour classifier even if a model is available (to compare).",
        };
        var head = new Option<string?>("--head")
        {
            Description = "A head.json from 'nnlesson teach': classify into your own classes with ResNet-18 + that head.",
        };
        OptionRules.Range(top, 1, Slide6CnnInference.MaxTop, "--top");

        var command = new Command(Slide6CnnInference.Id,
            "Slide 6: a pretrained CNN (ONNX, e.g. ResNet-18) classifies a photo and shows the top-k classes; " +
            "without a model a dominant-colour fallback runs and says so.");
        common.AddTo(command);
        foreach (var option in new Option[] { image, model, labels, top, fallback, head })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var options = new Slide6Options(parse.GetValue(image), parse.GetValue(model), parse.GetValue(labels), parse.GetValue(top), parse.GetValue(fallback), parse.GetValue(head));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide6CnnInference.Run(c, options));
        });
        return command;
    }
}
