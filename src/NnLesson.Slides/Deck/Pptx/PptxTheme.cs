using A = DocumentFormat.OpenXml.Drawing;

namespace NnLesson.Slides.Deck.Pptx;

/// <summary>
/// The deck's theme (ppt/theme/theme*.xml): the lecture's colours (the figures' Okabe–Ito blue and vermillion),
/// Arial for text (Liberation Sans in LibreOffice, same metrics) and the plain fill, line and effect styles a
/// theme must list (three of each).
/// </summary>
internal static class PptxTheme
{
    public const string Blue = "0072B2";
    public const string Vermillion = "D55E00";
    public const string Grey = "6E6E6E";
    public const string TextFont = "Arial";
    public const string FormulaFont = "Consolas";

    public static A.Theme Create() => new(
        new A.ThemeElements(
            new A.ColorScheme(
                new A.Dark1Color(new A.RgbColorModelHex { Val = "111111" }),
                new A.Light1Color(new A.RgbColorModelHex { Val = "FFFFFF" }),
                new A.Dark2Color(new A.RgbColorModelHex { Val = "333333" }),
                new A.Light2Color(new A.RgbColorModelHex { Val = "F3F6FA" }),
                new A.Accent1Color(new A.RgbColorModelHex { Val = Blue }),
                new A.Accent2Color(new A.RgbColorModelHex { Val = Vermillion }),
                new A.Accent3Color(new A.RgbColorModelHex { Val = "009E73" }),
                new A.Accent4Color(new A.RgbColorModelHex { Val = "E69F00" }),
                new A.Accent5Color(new A.RgbColorModelHex { Val = "56B4E9" }),
                new A.Accent6Color(new A.RgbColorModelHex { Val = "CC79A7" }),
                new A.Hyperlink(new A.RgbColorModelHex { Val = Blue }),
                new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "8E44AD" }))
            { Name = "NnLesson" },
            new A.FontScheme(
                new A.MajorFont(new A.LatinFont { Typeface = TextFont }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
                new A.MinorFont(new A.LatinFont { Typeface = TextFont }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
            { Name = "NnLesson" },
            new A.FormatScheme(
                new A.FillStyleList(Fill(), Fill(), Fill()),
                new A.LineStyleList(Line(6350), Line(12700), Line(19050)),
                new A.EffectStyleList(Effect(), Effect(), Effect()),
                new A.BackgroundFillStyleList(Fill(), Fill(), Fill()))
            { Name = "NnLesson" }),
        new A.ObjectDefaults(),
        new A.ExtraColorSchemeList())
    { Name = "NnLesson" };

    private static A.SolidFill Fill() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line(int widthEmu) => new(new A.SolidFill(new A.SchemeColor { Val = A.SchemeColorValues.PhColor })) { Width = widthEmu };

    private static A.EffectStyle Effect() => new(new A.EffectList());
}
