using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Slide 4: the forward pass of a random MLP 2→8→1. (Placeholder: being built.)</summary>
public static class Slide4MlpForward
{
    public const string Id = "slide4";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide4_hidden.png", "slide4_boundary.png"];

    public static SlideOutcome Run(SlideContext context) => throw new NotImplementedException("slide4 is being built");
}
