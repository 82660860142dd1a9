using System.Globalization;
using System.Text;

namespace NnLesson.Files;

/// <summary>
/// The one sanitiser for text printed to a terminal that may hold names or text from files (class folders, photo
/// names, head.json class names, paths in error lines). A terminal acts on control characters: ESC starts
/// sequences that recolour, clear the screen (<c>ESC [2J</c>), retitle the window (<c>ESC ]0;…BEL</c>) or, where
/// allowed, write the clipboard (OSC 52), so a downloaded data set could take over the lecturer's projected
/// terminal (probe G9, December 2026). Every C0 control (U+0000–U+001F), DEL (U+007F) and C1 control
/// (U+0080–U+009F; U+009B is a one-character CSI) becomes the visible text <c>\xHH</c>, and every bidirectional
/// override or isolate (U+202A–U+202E, U+2066–U+2069, which reorder what follows them on screen) becomes
/// <c>\uHHHH</c>. Line feed and tab survive only where the caller allows them (its own multi-line text).
/// </summary>
public static class ConsoleText
{
    /// <summary><paramref name="text"/> with every control character written out as an escape (see the class summary).</summary>
    public static string Safe(string text, bool keepLineBreaks = false)
    {
        var first = FirstUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }
        var safe = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c, keepLineBreaks))
            {
                safe.Append(c);
            }
            else if (c <= '\u009F')
            {
                safe.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return safe.ToString();
    }

    private static int FirstUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLineBreaks))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks) =>
        c < '\u0020' ? !(keepLineBreaks && c is '\n' or '\t')
        : c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
