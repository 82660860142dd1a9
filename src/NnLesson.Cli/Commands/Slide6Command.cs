using NnLesson.Figures;
using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `nnlesson slide6 [--image PATH] [--model PATH] [--labels PATH] [--top K] [--fallback] [--head FILE]`
/// (a pretrained CNN classifies a photo); the command itself comes from the catalogue (<see cref="SlideCommands"/>).
/// </summary>
internal static class Slide6Command
{
    public static readonly Localized Note = new("Друкує топ-k класів; без моделі працює запасний класифікатор за середнім кольором і про це каже.",
        "Prints the top-k classes; without a model a mean-colour fallback runs and says so.");

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var defaults = Slide6Options.Default;
        var image = new Option<string?>("--image", "-i")
        {
            Description = runtime.T($"Фото для класифікації (JPEG, PNG, WebP, BMP або GIF). Типово: {Slide6CnnInference.DefaultImage}.", $"Photo to classify (JPEG, PNG, WebP, BMP or GIF). Default: {Slide6CnnInference.DefaultImage}."),
        };
        var model = new Option<string?>("--model", "-m")
        {
            Description = runtime.T("Класифікатор ImageNet у форматі ONNX. Типово: $NNLESSON_MODEL, інакше models/*.onnx, інакше ../shared/models; без моделі — запасний класифікатор за кольором.",
                "ImageNet ONNX classifier. Default: $NNLESSON_MODEL, else models/*.onnx, else ../shared/models; none → colour fallback."),
        };
        var labels = new Option<string?>("--labels")
        {
            Description = runtime.T("1000 назв класів, по одній у рядку. Типово: imagenet_classes.txt або synset_words.txt поруч із моделлю.", "1000 class names, one per line. Default: imagenet_classes.txt or synset_words.txt beside the model."),
        };
        var top = new Option<int>("--top", "-k")
        {
            Description = runtime.T($"Скільки класів показати (1..{Slide6CnnInference.MaxTop}).", $"How many classes to show (1..{Slide6CnnInference.MaxTop})."),
            DefaultValueFactory = _ => defaults.Top,
        };
        var fallback = new Option<bool>("--fallback")
        {
            Description = runtime.T("Запасний класифікатор за середнім кольором, навіть коли модель є (для порівняння).", "Use the mean-colour classifier even if a model is available (to compare)."),
        };
        var head = new Option<string?>("--head")
        {
            Description = runtime.T("head.json від «nnlesson teach»: класифікувати у власні класи (ResNet-18 + ця голова).", "A head.json from 'nnlesson teach': classify into your own classes with ResNet-18 + that head."),
        };
        OptionRules.Range(top, 1, Slide6CnnInference.MaxTop, "--top", runtime.Lang);

        foreach (var option in new Option[] { image, model, labels, top, fallback, head })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var options = new Slide6Options(parse.GetValue(image), parse.GetValue(model), parse.GetValue(labels), parse.GetValue(top), parse.GetValue(fallback), parse.GetValue(head));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide6CnnInference.Run(c, options));
        });
    }
}
