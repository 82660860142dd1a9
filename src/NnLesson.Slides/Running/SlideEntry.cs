using NnLesson.Figures;

namespace NnLesson.Slides.Running;

/// <summary>
/// One slide in the catalogue: its id (also the command name), a title, the figure files it writes
/// with default options, and how to run it with those defaults. The command line's <c>all</c> and the
/// figure tests both walk this list, so a new slide is added in one place.
/// </summary>
public sealed record SlideEntry(
    string Id,
    Localized Title,
    IReadOnlyList<string> FigureFiles,
    Func<SlideContext, SlideOutcome> RunWithDefaults);
