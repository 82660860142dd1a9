using System.Reflection;
using ScottPlot;

namespace NnLesson.Figures.Style;

/// <summary>
/// Serves the bundled DejaVu Sans (regular and bold) to ScottPlot, so Cyrillic renders identically on
/// Linux, macOS and Windows whatever fonts the system has, and the same seed gives the same pixels.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> Regular = new(() => Load("NnLesson.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => Load("NnLesson.Fonts.DejaVuSans-Bold.ttf"));
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Registers the resolver with ScottPlot once per process and makes DejaVu Sans the default font.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            Fonts.FontResolvers.Insert(0, new EmbeddedFonts());
            Fonts.Default = Family;
            _registered = true;
        }
    }

    /// <summary>The bundled typeface, for figures drawn with SkiaSharp directly.</summary>
    public static SKTypeface Typeface(bool bold = false) => bold ? Bold.Value : Regular.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
    {
        if (!string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // SkiaSharp may dispose what a resolver hands out, so give it a fresh reference to the cached data.
        return SKTypeface.FromData(SKData.CreateCopy(RawBytes(bold)));
    }

    private static readonly Lazy<byte[]> RegularBytes = new(() => ReadResource("NnLesson.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => ReadResource("NnLesson.Fonts.DejaVuSans-Bold.ttf"));

    private static byte[] RawBytes(bool bold) => bold ? BoldBytes.Value : RegularBytes.Value;

    private static SKTypeface Load(string resource) =>
        SKTypeface.FromData(SKData.CreateCopy(ReadResource(resource)))
        ?? throw new InvalidOperationException($"The bundled font {resource} could not be read.");

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
