using NnLesson.Figures;

namespace NnLesson.Slides.Reporting;

/// <summary>
/// Progress while a slide computes: bars only, never text lines — the lines come afterwards from the recipe's Report,
/// so a slide run live and a slide computed ahead (<c>all</c>) print the same words. A live run draws the bars
/// (<see cref="SlideProgress.Live"/>); computing ahead and tests use <see cref="SlideProgress.None"/>.
/// </summary>
public interface ISlideProgress
{
    /// <summary>The language of the bars' labels and their numbers.</summary>
    Lang Lang { get; }

    /// <summary>Starts a bar of <paramref name="total"/> steps for one stage ("Навчання"); dispose it when the stage ends.</summary>
    IProgressReporter Start(string stage, int total);
}

/// <summary>The two kinds of progress: drawn by a reporter, or none.</summary>
public static class SlideProgress
{
    /// <summary>No bars (computing ahead on a worker thread, tests); labels would be English, but nothing is shown.</summary>
    public static readonly ISlideProgress None = new Silent();

    /// <summary>Bars drawn by <paramref name="reporter"/> (Spectre.Console in the command line), labelled in <paramref name="lang"/>.</summary>
    public static ISlideProgress Live(ISlideReporter reporter, Lang lang) => new Drawn(reporter, lang);

    private sealed record Drawn(ISlideReporter Reporter, Lang Lang) : ISlideProgress
    {
        public IProgressReporter Start(string stage, int total) => Reporter.StartProgress(stage, total);
    }

    private sealed class Silent : ISlideProgress, IProgressReporter
    {
        public Lang Lang => Lang.En;

        public IProgressReporter Start(string stage, int total) => this;

        public void Report(int done, string? status = null) { }

        public void Dispose() { }
    }
}
