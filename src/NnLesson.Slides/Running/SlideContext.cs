using NnLesson.Figures;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Running;

/// <summary>
/// What every slide needs to run: where figures go, their language and size, the seed for all
/// randomness, and where to tell the audience what is happening.
/// </summary>
public sealed record SlideContext(string OutputDirectory, Lang Lang, int Seed, FigureSize Size, ISlideReporter Reporter)
{
    /// <summary>The seed every command uses unless told otherwise (the answer to everything).</summary>
    public const int DefaultSeed = 42;

    public string OutputPath(string fileName) => Path.Combine(OutputDirectory, fileName);
}
