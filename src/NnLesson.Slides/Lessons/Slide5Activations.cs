using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Slide 5: sigmoid, tanh, ReLU and their derivatives. (Placeholder: being built.)</summary>
public static class Slide5Activations
{
    public const string Id = "slide5-activations";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide5_activations.png", "slide5_derivatives.png"];

    public static SlideOutcome Run(SlideContext context) => throw new NotImplementedException("slide5-activations is being built");
}
