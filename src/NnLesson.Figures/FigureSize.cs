namespace NnLesson.Figures;

/// <summary>
/// Pixel size of a figure. Slides are 16:9; <see cref="Default"/> fills a 1080p projector at 5/6 scale
/// and stays sharp when scaled. Text sizes in <see cref="Style.FigureTheme"/> scale with the height.
/// </summary>
public readonly record struct FigureSize(int Width, int Height)
{
    public static readonly FigureSize Default = new(1600, 900);
    public static readonly FigureSize FullHd = new(1920, 1080);
    public static readonly FigureSize Hd = new(1280, 720);

    /// <summary>Smallest and largest sizes we render: below this text is unreadable, above it memory grows for nothing.</summary>
    public const int MinSide = 320;
    public const int MaxSide = 7680;

    /// <summary>Parses "1600x900" (or "1600×900"); null for anything else or out of range.</summary>
    public static FigureSize? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().ToLowerInvariant().Split('x', '×');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var w) || !int.TryParse(parts[1], out var h))
        {
            return null;
        }
        return w is >= MinSide and <= MaxSide && h is >= MinSide and <= MaxSide ? new FigureSize(w, h) : null;
    }

    public override string ToString() => $"{Width}x{Height}";
}
