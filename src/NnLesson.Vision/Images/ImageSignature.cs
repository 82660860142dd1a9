namespace NnLesson.Vision.Images;

/// <summary>
/// The first bytes of the formats <see cref="ImageLoader"/> reads, checked before a file is read in full (probe G7:
/// a huge file named .jpg was read whole before it was refused; bench/RESULTS-design-notes.md):
/// JPEG FF D8 FF; PNG 89 'PNG' 0D 0A 1A 0A; GIF 'GIF87a' / 'GIF89a'; BMP 'BM'; WebP 'RIFF' (4 bytes of size) 'WEBP'.
/// </summary>
internal static class ImageSignature
{
    public static bool IsKnown(ReadOnlySpan<byte> first) =>
        first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || first.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || first.StartsWith("GIF87a"u8) || first.StartsWith("GIF89a"u8)
        || first.StartsWith("BM"u8)
        || (first.Length >= 12 && first.StartsWith("RIFF"u8) && first[8..12].SequenceEqual("WEBP"u8));
}
