using NnLesson.Slides.Lessons;

namespace NnLesson.Slides.Tests.Slide8;

/// <summary>
/// Slide 8 run once on the CC0 cat with the shared MobileNetV2-int8 at the default 1600×900, shared by the tests
/// that read its figure, metrics and report (running ONNX Runtime and ResNet-18's conv1 is the slow part).
/// </summary>
public sealed class Slide8WithModelFixture
{
    public static string Chelsea => Path.Combine(RepoPaths.Shared, "images", "cc0", "chelsea.png");

    public SlideRun Run { get; } =
        SlideRun.Of(c => Slide8PipelineExplain.Run(c, new Slide8Options(Chelsea, RepoPaths.SharedModel)), FigureSize.Default);
}
