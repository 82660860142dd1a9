using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Slide 3: a single perceptron learns AND and OR, and fails on XOR. (Placeholder: being built.)</summary>
public static class Slide3PerceptronGate
{
    public const string Id = "slide3";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide3_and.png", "slide3_or.png", "slide3_xor.png"];

    public static SlideOutcome Run(SlideContext context) => throw new NotImplementedException("slide3 is being built");
}
