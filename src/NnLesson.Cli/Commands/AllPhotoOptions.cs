using System.CommandLine;
using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;
using NnLesson.Vision.Models;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `all` that its photo slides take: --image (slides 6 and 8), --model and --labels (both).
/// A given photo, model or labels file is checked before the first slide runs, so a typo fails at once
/// instead of after nine figures.
/// </summary>
internal sealed class AllPhotoOptions
{
    private readonly Option<string?> _image = new("--image", "-i")
    {

    };

    private readonly Option<string?> _model = new("--model", "-m")
    {

    };

    private readonly Option<string?> _labels = new("--labels")
    {

    };

    public static AllPhotoOptions AddTo(Command command, CliRuntime runtime)
    {
        var options = new AllPhotoOptions();
        options._image.Description = runtime.T($"Фото для слайдів 6 і 8 (JPEG, PNG, WebP, BMP або GIF). Типово: {RepoLocator.SamplePhoto} (вбудоване в програму).",
            $"Photo for slides 6 and 8 (JPEG, PNG, WebP, BMP or GIF). Default: {RepoLocator.SamplePhoto} (built into the program).");
        options._model.Description = runtime.T("Класифікатор ImageNet у форматі ONNX для слайдів 6 і 8. Типово: $NNLESSON_MODEL, інакше models/*.onnx, інакше ../shared/models; без моделі — запасний класифікатор за кольором.",
            "ImageNet ONNX classifier for slides 6 and 8. Default: $NNLESSON_MODEL, else models/*.onnx, else ../shared/models; none → colour fallback.");
        options._labels.Description = runtime.T("1000 назв класів, по одній у рядку. Типово: imagenet_classes.txt або synset_words.txt поруч із моделлю.",
            "1000 class names, one per line. Default: imagenet_classes.txt or synset_words.txt beside the model.");
        command.Options.Add(options._image);
        command.Options.Add(options._model);
        command.Options.Add(options._labels);
        return options;
    }

    public Chosen Read(ParseResult parse)
    {
        var image = parse.GetValue(_image);
        if (!string.IsNullOrWhiteSpace(image))
        {
            RegularFile.Require(image, "Image");
        }
        return new Chosen(image, parse.GetValue(_model), parse.GetValue(_labels));
    }

    /// <summary>The photo, model and labels `all` was given (null: the slide's default).</summary>
    public sealed record Chosen(string? Image, string? Model, string? Labels)
    {
        private bool Any => Image is not null || Model is not null || Labels is not null;

        /// <summary>How `all` computes <paramref name="entry"/>: slides 6 and 8 with these options, the others with their defaults.</summary>
        public Func<SlideContext, ComputedSlide> ComputeOf(SlideEntry entry) => entry.Id switch
        {
            _ when !Any => entry.ComputeWithDefaults,
            Slide6CnnInference.Id => c => Slide6CnnInference.Computed(c, Slide6Options.Default with { ImagePath = Image, ModelPath = Model, LabelsPath = Labels }),
            Slide8PipelineExplain.Id => c => Slide8PipelineExplain.Computed(c, new Slide8Options(Image, Model, Labels)),
            _ => entry.ComputeWithDefaults,
        };
    }
}
