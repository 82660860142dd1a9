namespace NnLesson.Figures.Animation;

/// <summary>
/// The pixel size of an animation made alongside figures of a given size: the same size, scaled down
/// (aspect kept) to fit in <see cref="Largest"/>. Every frame of a GIF is stored in full, so a larger animation
/// costs bytes and encoding time in proportion to its pixels (bench/RESULTS-design-notes.md), for a picture a
/// projector shows just as well.
/// </summary>
public static class AnimationSize
{
    public static readonly FigureSize Largest = new(960, 540);

    public static FigureSize For(FigureSize figure)
    {
        var scale = Math.Min(1.0, Math.Min((double)Largest.Width / figure.Width, (double)Largest.Height / figure.Height));
        return scale >= 1.0
            ? figure
            : new FigureSize(Math.Max(FigureSize.MinSide, (int)Math.Round(figure.Width * scale)), Math.Max(FigureSize.MinSide, (int)Math.Round(figure.Height * scale)));
    }
}
