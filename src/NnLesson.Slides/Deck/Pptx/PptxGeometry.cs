namespace NnLesson.Slides.Deck.Pptx;

/// <summary>
/// Where things go on a 16:9 slide, in EMU (914 400 per inch; the slide is 13,333 × 7,5 in = 12 192 000 × 6 858 000):
/// the title across the top, the formulas under it (one line each), and the figure scaled to fit the rest, centred,
/// its aspect kept.
/// </summary>
internal static class PptxGeometry
{
    public const long Inch = 914_400;
    public const long SlideWidth = 12_192_000;
    public const long SlideHeight = 6_858_000;
    public const long Margin = Inch / 4;                 // 0,25 in around everything
    public const long TitleHeight = Inch * 7 / 10;       // one line of 26 pt
    public const long FormulaLineHeight = Inch * 27 / 100; // one line of 13 pt monospace

    public static (long X, long Y, long Width, long Height) Title => (Margin, Margin / 2, SlideWidth - 2 * Margin, TitleHeight);

    public static (long X, long Y, long Width, long Height) Formulas(int lines) =>
        (Margin, Margin / 2 + TitleHeight, SlideWidth - 2 * Margin, lines * FormulaLineHeight + Inch / 10);

    /// <summary>The figure of <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> fitted into the space below <paramref name="formulaLines"/> formula lines.</summary>
    public static (long X, long Y, long Width, long Height) Figure(int pixelWidth, int pixelHeight, int formulaLines)
    {
        var top = Margin / 2 + TitleHeight + (formulaLines > 0 ? Formulas(formulaLines).Height : 0) + Margin / 2;
        var (boxWidth, boxHeight) = (SlideWidth - 2 * Margin, SlideHeight - top - Margin / 2);
        // Scale s = min(boxW / w, boxH / h): the whole figure fits and one side touches the box.
        var scale = Math.Min((double)boxWidth / pixelWidth, (double)boxHeight / pixelHeight);
        var (width, height) = ((long)(pixelWidth * scale), (long)(pixelHeight * scale));
        return (Margin + (boxWidth - width) / 2, top + (boxHeight - height) / 2, width, height);
    }
}
