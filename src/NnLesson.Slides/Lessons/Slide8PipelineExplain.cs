using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 8. Null paths mean "resolve as documented".</summary>
public sealed record Slide8Options(string? ImagePath, string? ModelPath)
{
    public static readonly Slide8Options Default = new(null, null);
}

/// <summary>Slide 8: the classification pipeline from real tensors. (Placeholder: being built.)</summary>
public static class Slide8PipelineExplain
{
    public const string Id = "slide8";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide8_pipeline.png"];

    public static SlideOutcome Run(SlideContext context, Slide8Options options) => throw new NotImplementedException("slide8 is being built");
}
