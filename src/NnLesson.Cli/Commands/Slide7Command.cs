using System.CommandLine;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>`nnlesson slide7 [--image PATH]`: inside the CNN — the lecture's ResNet-18 computed from scratch, five figures and the convolution GIF.</summary>
internal static class Slide7Command
{
    public static Command Create(CliRuntime runtime)
    {
        var common = new CommonOptions(runtime);
        var image = new Option<string?>("--image", "-i")
        {
            Description = runtime.T("Фото, яке пройде через ResNet-18 (JPEG, PNG, WebP, BMP, GIF). Типово: data/sample.jpg з репозиторію.", "The photo to run through ResNet-18 (JPEG, PNG, WebP, BMP, GIF). Default: data/sample.jpg in the repository."),
        };
        var command = new Command(Slide7InsideCnn.Id,
            runtime.T("Слайд 7: усередині CNN — ResNet-18, обчислена з нуля й звірена з ONNX Runtime на кожному етапі; записує ",
                "Slide 7: inside the CNN — ResNet-18 computed from scratch and checked against ONNX Runtime at every stage; writes ") +
            string.Join(", ", Slide7InsideCnn.FigureFiles) + ".");
        common.AddTo(command);
        command.Options.Add(image);
        command.SetAction(parse =>
        {
            var options = new Slide7Options(parse.GetValue(image));
            return SlideRunning.Run(common.CreateContext(parse, runtime), runtime, c => Slide7InsideCnn.Run(c, options));
        });
        return command;
    }
}
