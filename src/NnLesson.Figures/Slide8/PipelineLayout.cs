namespace NnLesson.Figures.Slide8;

/// <summary>
/// Where things go on the pipeline slide. Designed on a 1600×900 grid and scaled (uniformly, centred) to the
/// real figure size: four stage columns left to right, 300 / 390 / 420 / 310 design pixels wide, separated by
/// 44-pixel gutters that hold the arrows. Each column has a header (number, stage name, one-line note) and a
/// content area below it, and a footer band (the bottom <see cref="FooterHeight"/>) with the stage's data shape.
/// </summary>
internal sealed class PipelineLayout
{
    public const float DesignWidth = 1600, DesignHeight = 900;

    private static readonly float[] ColumnWidths = [300, 390, 420, 310];
    private const float Margin = 24, Gutter = 44, Top = 112, Bottom = 886, HeaderHeight = 92;

    /// <summary>Design height of the footer band under each column's content.</summary>
    public const float FooterHeight = 78;

    public PipelineLayout(FigureSize size)
    {
        Scale = Math.Min(size.Width / DesignWidth, size.Height / DesignHeight);
        OffsetX = (size.Width - DesignWidth * Scale) / 2;
        OffsetY = (size.Height - DesignHeight * Scale) / 2;
        var columns = new SKRect[4];
        var x = Margin;
        for (var i = 0; i < 4; i++)
        {
            columns[i] = Design(x, Top, ColumnWidths[i], Bottom - Top);
            x += ColumnWidths[i] + Gutter;
        }
        Columns = columns;
        Contents = columns.Select(c => new SKRect(c.Left + 14 * Scale, c.Top + HeaderHeight * Scale, c.Right - 14 * Scale, c.Bottom - FooterHeight * Scale)).ToArray();
    }

    public float Scale { get; }

    public float OffsetX { get; }

    public float OffsetY { get; }

    /// <summary>The four stage columns in real pixels.</summary>
    public IReadOnlyList<SKRect> Columns { get; }

    /// <summary>The part of each column below its header, where the stage's pictures and numbers go.</summary>
    public IReadOnlyList<SKRect> Contents { get; }

    /// <summary>Title and subtitle baselines (real pixels) and the figure's horizontal centre.</summary>
    public float TitleY => Y(50);

    public float SubtitleY => Y(86);

    public float CenterX => X(DesignWidth / 2);

    /// <summary>The height at which the arrows between stages run.</summary>
    public float ArrowY => Y(Top + 250);

    public float X(float designX) => OffsetX + designX * Scale;

    public float Y(float designY) => OffsetY + designY * Scale;

    private SKRect Design(float x, float y, float w, float h) => SKRect.Create(X(x), Y(y), w * Scale, h * Scale);
}
