namespace NnLesson.Figures.Slide8;

/// <summary>
/// The two colour scales of the pipeline figure. Normalised input channels are centred on 0 (the ImageNet
/// mean), so they get a diverging scale: Okabe–Ito blue (below the mean) → white (the mean) → vermillion
/// (above), symmetric so equal distances look equally strong. Feature maps get viridis (perceptually
/// uniform, readable with colour-vision deficiencies and in greyscale).
/// </summary>
internal static class MapColors
{
    private static readonly ScottPlot.IColormap ViridisMap = new ScottPlot.Colormaps.Viridis();

    /// <summary>Value v on the scale −limit … +limit.</summary>
    public static SKColor Diverging(float v, float limit)
    {
        var t = Math.Clamp(v / Math.Max(limit, 1e-6f), -1f, 1f);
        var end = t < 0 ? LessonColors.Blue : LessonColors.Vermillion;
        var a = Math.Abs(t);
        return new SKColor(Mix(255, end.R, a), Mix(255, end.G, a), Mix(255, end.B, a));
    }

    /// <summary>The limit of a symmetric diverging scale: the largest |v| of the maps, so 0 is white.</summary>
    public static float SymmetricLimit(params float[][] maps) => Math.Max(1e-6f, maps.SelectMany(m => m).Select(MathF.Abs).Max());

    /// <summary>Position t in 0 … 1 on viridis (dark purple → yellow).</summary>
    public static SKColor Viridis(float t) => ViridisMap.GetColor(Math.Clamp(t, 0, 1)).ToSKColor();

    private static byte Mix(byte from, byte to, float amount) => (byte)Math.Round(from + (to - from) * amount);
}
