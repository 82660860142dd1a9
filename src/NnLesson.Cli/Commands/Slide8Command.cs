using NnLesson.Figures;
using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>
/// The options of `nnlesson slide8 [--image PATH] [--model PATH]` (the classification pipeline from the real tensors of
/// one photo); the command itself comes from the catalogue (<see cref="SlideCommands"/>).
/// </summary>
internal static class Slide8Command
{
    public static readonly Localized Note = new("Фото H×W×C → масштабування → кадрування → нормалізація → карти ознак першого шару CNN → softmax, топ-5.",
        "Photo H×W×C → resize/crop/normalise → first-layer feature maps of the CNN → softmax top-5.");

    public static void AddTo(Command command, CommonOptions common, CliRuntime runtime)
    {
        var image = new Option<string?>("--image", "-i")
        {
            Description = runtime.T($"Фото, яке пройде конвеєром (JPEG, PNG, WebP, BMP, GIF). Типово: {Slide8PipelineExplain.DefaultImage} з репозиторію.",
                $"The photo to follow through the pipeline (JPEG, PNG, WebP, BMP, GIF). Default: {Slide8PipelineExplain.DefaultImage} in the repository."),
        };
        var model = new Option<string?>("--model", "-m")
        {
            Description = runtime.T("Класифікатор ImageNet у форматі ONNX (напр. resnet18-v1-7.onnx). Типово: NNLESSON_MODEL, потім models/, потім ../shared/models; " +
                          "без моделі етапи 3–4 пояснюють, як її отримати.",
                          "An ImageNet ONNX classifier (e.g. resnet18-v1-7.onnx). Default: NNLESSON_MODEL, then models/, then ../shared/models; " +
                          "without a model stages 3–4 say how to get one."),
        };
        command.Options.Add(image);
        command.Options.Add(model);
        command.SetAction(parse =>
        {
            var options = new Slide8Options(parse.GetValue(image), parse.GetValue(model));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide8PipelineExplain.Run(c, options));
        });
    }
}
