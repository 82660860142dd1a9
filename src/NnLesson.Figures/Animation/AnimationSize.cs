namespace NnLesson.Figures.Animation;

/// <summary>
/// The pixel size of an animation made alongside figures of a given size: the same size, scaled down
/// (aspect kept) to fit in <see cref="Largest"/>. Every frame of a GIF is stored in full, so a 1600×900
/// animation would cost about three times the bytes and the encoding time of a 960×540 one, for a picture
/// a projector shows just as well.
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
