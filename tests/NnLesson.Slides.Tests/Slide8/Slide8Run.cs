using NnLesson.Figures;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Tests.Shared;

namespace NnLesson.Slides.Tests.Slide8;

/// <summary>A slide context writing into a fresh temp folder, with a reporter the test can read.</summary>
public sealed class Slide8Run
{
    public Slide8Run(FigureSize size, Lang lang = Lang.Uk)
    {
        Reporter = new PlainTextReporter(TextWriter.Null);
        Context = new SlideContext(RepoPaths.NewTempFolder("nnlesson-slide8"), lang, SlideContext.DefaultSeed, size, Reporter);
    }

    public PlainTextReporter Reporter { get; }

    public SlideContext Context { get; }

    public static string Chelsea => Path.Combine(RepoPaths.Shared, "images", "cc0", "chelsea.png");
}

/// <summary>
/// Slide 8 run once on the CC0 cat with the shared MobileNetV2-int8 at the default 1600×900, shared by the tests
/// that read its figure, metrics and report (running ONNX Runtime is the slow part).
/// </summary>
public sealed class Slide8WithModelFixture
{
    public Slide8WithModelFixture()
    {
        Run = new Slide8Run(FigureSize.Default);
        Outcome = Slide8PipelineExplain.Run(Run.Context, new Slide8Options(Slide8Run.Chelsea, RepoPaths.SharedModel));
    }

    public Slide8Run Run { get; }

    public SlideOutcome Outcome { get; }
}
