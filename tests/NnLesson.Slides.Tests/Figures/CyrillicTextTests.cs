using System.Reflection;
using System.Text;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide5Activations;
using NnLesson.Figures.Style;
using NnLesson.Slides;
using ScottPlot;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// Proof that Ukrainian figure text really renders in Cyrillic: the bundled DejaVu Sans has a glyph for
/// every letter of the Ukrainian alphabet and every character of every Ukrainian figure text we can
/// reach, ScottPlot resolves our font name to it, and drawn letters leave distinct ink (not identical
/// "tofu" boxes, which is what a font without the glyph draws).
/// </summary>
public class CyrillicTextTests
{
    /// <summary>The 33 letters of the Ukrainian alphabet (with ґ, є, і, ї), plus the apostrophe forms used in words like «м'ята».</summary>
    public const string UkrainianLower = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";

    public static readonly string UkrainianUpper = UkrainianLower.ToUpperInvariant();

    public const string Apostrophes = "'’ʼ";

    [Fact]
    public void The_alphabet_has_33_letters_in_each_case()
    {
        Assert.Equal(33, UkrainianLower.Length);
        Assert.Equal(33, UkrainianUpper.Distinct().Count());
        Assert.Contains('Ґ', UkrainianUpper);
        Assert.Contains('Ї', UkrainianUpper);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bundled_typeface_has_a_glyph_for_every_Ukrainian_letter(bool bold)
    {
        var missing = MissingGlyphs(EmbeddedFonts.Typeface(bold), UkrainianLower + UkrainianUpper + Apostrophes);
        Assert.True(missing.Count == 0, $"DejaVu Sans{(bold ? " Bold" : "")} lacks glyphs for: {string.Join(" ", missing)}");
    }

    [Fact]
    public void Bundled_typeface_has_no_glyph_for_a_private_use_character_so_the_check_can_fail()
    {
        Assert.Equal(["U+E000"], MissingGlyphs(EmbeddedFonts.Typeface(), "\uE000"));
    }

    [Fact]
    public void Every_reachable_Ukrainian_figure_text_has_all_its_glyphs()
    {
        var texts = ReachableUkrainianTexts();
        // Slide titles alone are six; every figure class adds its own.
        Assert.True(texts.Count >= 30, $"expected to find many Ukrainian texts, found {texts.Count}");
        Assert.Contains(texts, t => t.Any(c => c is >= 'А' and <= 'я'));
        Assert.Contains(ActivationCard.Sigmoid.Pro.Uk, texts);  // reached through an object held in a static field
        foreach (var bold in new[] { false, true })
        {
            var typeface = EmbeddedFonts.Typeface(bold);
            var problems = texts.Select(t => (Text: t, Missing: MissingGlyphs(typeface, t))).Where(p => p.Missing.Count > 0).ToList();
            Assert.True(problems.Count == 0, "Texts with characters the bundled font cannot draw:\n" +
                string.Join("\n", problems.Select(p => $"  «{p.Text}»: {string.Join(" ", p.Missing)}")));
        }
    }

    [Fact]
    public void ScottPlot_resolves_the_theme_font_to_the_bundled_typeface()
    {
        EmbeddedFonts.Register();
        Assert.Equal(EmbeddedFonts.Family, Fonts.Default);
        var codePoints = (UkrainianLower + UkrainianUpper).Select(c => (int)c).ToList();
        Assert.Equal(0, Fonts.CountMissingGlyphs(EmbeddedFonts.Family, codePoints));
        var resolved = Fonts.GetTypeface(EmbeddedFonts.Family, bold: false, italic: false);  // ScottPlot's to keep: not disposed
        Assert.Equal(EmbeddedFonts.Typeface().GlyphCount, resolved.GlyphCount);
    }

    [Fact]
    public void Drawn_Cyrillic_letters_have_ink_and_distinct_shapes_unlike_tofu()
    {
        var tofu = Render("\uE000");
        var shapes = new Dictionary<string, char>();
        foreach (var letter in UkrainianLower + UkrainianUpper)
        {
            var pixels = Render(letter.ToString());
            var ink = pixels.Count(b => b < 128);
            Assert.True(ink > 15, $"«{letter}» left only {ink} dark pixels");
            Assert.False(pixels.SequenceEqual(tofu), $"«{letter}» rendered as the missing-glyph box");
            var key = Convert.ToHexString(pixels);
            Assert.False(shapes.TryGetValue(key, out var twin), $"«{letter}» and «{twin}» rendered identically");
            shapes.Add(key, letter);
        }
        // A font without Cyrillic would draw all 66 as the same box; here every letter is its own picture.
        Assert.Equal(66, shapes.Count);
    }

    [Fact]
    public void A_plot_titled_in_Ukrainian_renders_other_pixels_than_one_titled_in_English_and_than_tofu()
    {
        var size = new FigureSize(640, 360);
        byte[] TitleStrip(string title)
        {
            using var plot = new Plot();
            FigureTheme.Apply(plot, size);
            plot.Title(title);
            var path = Path.Combine(RepoPaths.NewTempFolder(), "title.png");
            PngOutput.Save(plot, size, path);
            using var bitmap = PngAssert.Decode(path);
            // The top band, where the title is.
            var band = new List<byte>();
            for (var y = 0; y < size.Height / 8; y++)
            {
                for (var x = 0; x < size.Width; x++)
                {
                    band.Add(bitmap.GetPixel(x, y).Red);
                }
            }
            return band.ToArray();
        }
        var uk = TitleStrip("Ґава їсть щавель");
        var en = TitleStrip("Crow eats sorrel");
        var tofu = TitleStrip(new string('\uE000', 16));
        Assert.True(uk.Count(b => b < 128) > 100, "the Ukrainian title left no ink");
        Assert.NotEqual(uk, en);
        Assert.NotEqual(uk, tofu);
    }

    /// <summary>Each character (not whitespace) without a glyph in <paramref name="typeface"/>, as "U+XXXX".</summary>
    private static List<string> MissingGlyphs(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface, 20);
        var missing = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                continue;
            }
            var glyphs = font.GetGlyphs(rune.ToString());
            if (glyphs.Length == 0 || glyphs.Any(g => g == 0))
            {
                missing.Add($"U+{rune.Value:X4}");
            }
        }
        return missing.Distinct().ToList();
    }

    /// <summary>One character drawn black on white in a 40×40 greyscale picture; returns its pixels.</summary>
    private static byte[] Render(string text)
    {
        using var surface = SKSurface.Create(new SKImageInfo(40, 40, SKColorType.Gray8, SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.White);
        using var font = new SKFont(EmbeddedFonts.Typeface(), 28);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        surface.Canvas.DrawText(text, 6, 30, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels();
        return pixmap.GetPixelSpan().ToArray();
    }

    /// <summary>
    /// Every Ukrainian text a figure can show that reflection reaches cheaply: the slide titles of the
    /// catalogue, every static <see cref="Localized"/> field or property of the figure and slide assemblies
    /// (public or private), and the <see cref="Localized"/> properties of objects held in static fields.
    /// </summary>
    private static List<string> ReachableUkrainianTexts()
    {
        var texts = new HashSet<string>(SlideCatalogue.All.Select(e => e.Title.Uk));
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var assembly in new[] { typeof(Localized).Assembly, typeof(ActivationCard).Assembly, typeof(SlideCatalogue).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
            {
                var values = new List<object?>();
                values.AddRange(type.GetFields(statics).Select(f => f.GetValue(null)));
                values.AddRange(type.GetProperties(statics).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                    .Select(p => p.GetValue(null)));
                foreach (var value in values.SelectMany(Flatten))
                {
                    Collect(value, texts);
                }
            }
        }
        return texts.Where(t => t.Length > 0).ToList();
    }

    private static IEnumerable<object?> Flatten(object? value) =>
        value is System.Collections.IEnumerable items and not string ? items.Cast<object?>() : [value];

    private static void Collect(object? value, HashSet<string> texts)
    {
        switch (value)
        {
            case Localized localized:
                texts.Add(localized.Uk);
                break;
            case not null when value.GetType().Namespace?.StartsWith("NnLesson", StringComparison.Ordinal) == true:
                foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
                             .Where(p => p.PropertyType == typeof(Localized) && p.GetIndexParameters().Length == 0))
                {
                    texts.Add(((Localized)property.GetValue(value)!).Uk);
                }
                break;
        }
    }
}
