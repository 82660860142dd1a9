using System.Globalization;

namespace NnLesson.Vision.Images;

/// <summary>
/// Checks a JPEG file's structure before it is decoded, because libjpeg (under SkiaSharp) only *warns* about
/// damage and fills what is missing with grey, and SkiaSharp then reports success. Two checks, both exact
/// (they never refuse a valid file):
/// <list type="number">
/// <item><b>Markers.</b> The file is a chain of segments (FF xx + 2-byte length) and entropy-coded scans. Inside
/// a scan a 0xFF byte may only be followed by 00 (a stuffed FF), D0–D7 (restart) or more FF (fill); any other
/// FF xx ends the scan and must start a segment that may legally follow one (SOS, DHT, DQT, DRI, DNL, APPn, COM,
/// EOI) and whose length fits in the file. Random bytes spliced into a photo almost always break this chain.</item>
/// <item><b>Enough data for the declared size.</b> A Huffman-coded 8×8 block costs at least one bit per scan in
/// which it appears: baseline (SOF0/SOF1) codes each block's DC difference and an end-of-block, each ≥ 1 bit, so
/// ≥ 2 bits a block; progressive (SOF2) at least the 1-bit DC code of its first scan. Blocks of component c:
/// ⌈⌈W·h_c/h_max⌉/8⌉ · ⌈⌈H·v_c/v_max⌉/8⌉. A header claiming 8000×8000 (1.5 M blocks at 4:2:0, so ≥ 375 kB of
/// scan data) over 2 kB of data is therefore refused before 256 MB of pixels are allocated.</item>
/// </list>
/// Arithmetic-coded and lossless JPEGs (rare; SkiaSharp does not decode them) get only the marker check.
/// </summary>
internal static class JpegStructure
{
    /// <summary>Null when the structure is sound, else the reason (a clause for "Image 'x' is damaged: …").</summary>
    public static string? FindDamage(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return "it does not start with a JPEG start-of-image marker";
        }
        var position = 2;
        long scanBytes = 0;
        int sofMarker = 0, width = 0, height = 0;
        var components = new List<(int H, int V)>();
        var sawScan = false;
        while (true)
        {
            // Between segments: fill bytes FF FF … then the marker code.
            if (position >= jpeg.Length)
            {
                return sawScan ? "the file ends without its end-of-image marker (truncated)" : "the file ends before any image data";
            }
            if (jpeg[position] != 0xFF)
            {
                return $"bytes that belong to no segment at offset {position.ToString(CultureInfo.InvariantCulture)}";
            }
            while (position < jpeg.Length && jpeg[position] == 0xFF)
            {
                position++;
            }
            if (position >= jpeg.Length)
            {
                return "the file ends inside a marker (truncated)";
            }
            var marker = jpeg[position++];
            if (marker == 0xD9)
            {
                break; // EOI; bytes after it (some cameras append data) are ignored, as by every decoder
            }
            if (marker is 0x00 or 0x01 or (>= 0xD0 and <= 0xD8))
            {
                return $"an unexpected marker FF{marker:X2} at offset {(position - 2).ToString(CultureInfo.InvariantCulture)}";
            }
            if (!IsKnownSegment(marker))
            {
                return $"an invalid marker FF{marker:X2} at offset {(position - 2).ToString(CultureInfo.InvariantCulture)} (garbage inside the file)";
            }
            if (position + 2 > jpeg.Length)
            {
                return "the file ends inside a segment header (truncated)";
            }
            var length = (jpeg[position] << 8) | jpeg[position + 1];
            if (length < 2 || position + length > jpeg.Length)
            {
                return $"a segment FF{marker:X2} of {length.ToString(CultureInfo.InvariantCulture)} bytes runs past the end of the file";
            }
            var segment = jpeg.Slice(position + 2, length - 2);
            position += length;
            if (marker is (>= 0xC0 and <= 0xC3) or (>= 0xC5 and <= 0xC7) or (>= 0xC9 and <= 0xCB) or (>= 0xCD and <= 0xCF))
            {
                if (segment.Length < 6 || segment.Length < 6 + 3 * segment[5])
                {
                    return "its frame header is too short";
                }
                sofMarker = marker;
                height = (segment[1] << 8) | segment[2];
                width = (segment[3] << 8) | segment[4];
                for (var c = 0; c < segment[5]; c++)
                {
                    var sampling = segment[6 + 3 * c + 1];
                    components.Add((Math.Max(1, sampling >> 4), Math.Max(1, sampling & 0x0F)));
                }
            }
            if (marker != 0xDA)
            {
                continue;
            }
            // SOS: entropy-coded data follows until a real marker.
            sawScan = true;
            var start = position;
            while (true)
            {
                var next = jpeg[position..].IndexOf((byte)0xFF);
                if (next < 0)
                {
                    return "the file ends inside the image data (truncated)";
                }
                position += next;
                if (position + 1 >= jpeg.Length)
                {
                    return "the file ends inside the image data (truncated)";
                }
                var after = jpeg[position + 1];
                if (after == 0x00 || after is >= 0xD0 and <= 0xD7)
                {
                    position += 2;
                    continue;
                }
                if (after == 0xFF)
                {
                    position++; // fill byte; the marker code follows
                    continue;
                }
                break;
            }
            scanBytes += position - start;
        }
        return sofMarker == 0 ? "it has no frame header" : TooLittleData(sofMarker, width, height, components, scanBytes);
    }

    private static string? TooLittleData(int sof, int width, int height, List<(int H, int V)> components, long scanBytes)
    {
        var bitsPerBlock = sof switch
        {
            0xC0 or 0xC1 => 2, // Huffman baseline / extended: DC code + end-of-block
            0xC2 => 1,          // Huffman progressive: the DC code of the first scan
            _ => 0,             // arithmetic or lossless: no simple bound
        };
        if (bitsPerBlock == 0 || width == 0 || height == 0 || components.Count == 0)
        {
            return null;
        }
        int hMax = components.Max(c => c.H), vMax = components.Max(c => c.V);
        long blocks = 0;
        foreach (var (h, v) in components)
        {
            var columns = ((long)width * h + hMax - 1) / hMax;
            var rows = ((long)height * v + vMax - 1) / vMax;
            blocks += ((columns + 7) / 8) * ((rows + 7) / 8);
        }
        var needed = (blocks * bitsPerBlock + 7) / 8;
        return scanBytes >= needed
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"its header says {width}×{height} but it holds only {scanBytes:N0} bytes of image data, and a JPEG of that size needs at least {needed:N0} (truncated or corrupt)");
    }

    /// <summary>Segments that have a length field: SOFn, DHT, DAC, SOS, DQT, DNL, DRI, DHP, EXP, APPn, JPGn, COM.</summary>
    private static bool IsKnownSegment(byte marker) =>
        marker is (>= 0xC0 and <= 0xCF) or (>= 0xDA and <= 0xDF) or (>= 0xE0 and <= 0xEF) or (>= 0xF0 and <= 0xFD) or 0xFE;
}
