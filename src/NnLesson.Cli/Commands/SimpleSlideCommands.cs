using System.CommandLine;
using NnLesson.Slides;
using NnLesson.Slides.Lessons;

namespace NnLesson.Cli.Commands;

/// <summary>The slides that need only the common options: slide3, slide4, slide5-activations.</summary>
public static class SimpleSlideCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime)
    {
        yield return Create(runtime, Slide3PerceptronGate.Id,
            "Slide 3: a perceptron learns AND and OR (and cannot learn XOR); prints the training table.");
        yield return Create(runtime, Slide4MlpForward.Id,
            "Slide 4: the forward pass of a random MLP 2→8→1, with the array shapes at every step.");
        yield return Create(runtime, Slide5Activations.Id,
            "Slide 5: sigmoid, tanh and ReLU with their derivatives (why sigmoid gradients vanish).");
    }

    private static Command Create(CliRuntime runtime, string slideId, string description)
    {
        var common = new CommonOptions();
        var command = new Command(slideId, description);
        common.AddTo(command);
        var entry = SlideCatalogue.Get(slideId);
        command.SetAction(parse => SlideRunning.Run(common.CreateContext(parse, runtime), runtime, entry.RunWithDefaults));
        return command;
    }
}
