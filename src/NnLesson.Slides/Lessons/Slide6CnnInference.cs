using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 6. Null paths mean "resolve as documented" (default photo, model search order).</summary>
public sealed record Slide6Options(string? ImagePath, string? ModelPath, string? LabelsPath, int Top)
{
    public static readonly Slide6Options Default = new(null, null, null, 5);
}

/// <summary>Slide 6: a pretrained CNN classifies a photo; colour fallback without a model. (Placeholder: being built.)</summary>
public static class Slide6CnnInference
{
    public const string Id = "slide6";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide6_<model>.png | slide6_fallback.png"];

    public static SlideOutcome Run(SlideContext context, Slide6Options options) => throw new NotImplementedException("slide6 is being built");
}
