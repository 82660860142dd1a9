using System.Globalization;

namespace NnLesson.Vision.Models;

/// <summary>Human-readable sizes in decimal units (1 MB = 10⁶ bytes, as download pages print them).</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} B",
        < 1_000_000 => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB",
        < 1_000_000_000 => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
    };
}
