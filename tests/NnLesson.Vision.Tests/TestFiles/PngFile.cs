using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>
/// Writes PNG files byte by byte (PNG spec, ISO/IEC 15948), so tests can make exactly the colour types
/// SkiaSharp's encoder does not offer (grey, grey+alpha, palette with transparency, 16-bit) and a
/// header that claims any size.
/// </summary>
public static class PngFile
{
    public const byte Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// samples: the rows' samples without filter bytes, [height, width · channels · bitDepth/8], big-endian for 16 bit.
    /// palette: RGB triples (colour type 3); transparency: the tRNS chunk's bytes (alpha per palette entry).
    /// </summary>
    public static byte[] Encode(int width, int height, byte colorType, byte[] samples, byte bitDepth = 8,
        byte[]? palette = null, byte[]? transparency = null)
    {
        var rowBytes = samples.Length / height;
        var raw = new byte[height * (rowBytes + 1)];
        for (var y = 0; y < height; y++)
        {
            raw[y * (rowBytes + 1)] = 0; // filter type None
            Array.Copy(samples, y * rowBytes, raw, y * (rowBytes + 1) + 1, rowBytes);
        }
        return Assemble(width, height, colorType, bitDepth, Deflate(raw), palette, transparency);
    }

    /// <summary>
    /// A valid-looking PNG that claims <paramref name="width"/>×<paramref name="height"/> RGB but carries the
    /// compressed data of only one row: a few hundred bytes that a careless decoder would turn into gigabytes.
    /// </summary>
    public static byte[] HugeHeader(int width, int height) =>
        Assemble(width, height, Rgb, 8, Deflate(new byte[1 + Math.Min(width, 1 << 16) * 3]), null, null);

    private static byte[] Assemble(int width, int height, byte colorType, byte bitDepth, byte[] idat, byte[]? palette, byte[]? transparency)
    {
        using var file = new MemoryStream();
        file.Write(Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = bitDepth;
        ihdr[9] = colorType; // [10..12] compression, filter, interlace: all 0
        Chunk(file, "IHDR", ihdr);
        if (palette is not null)
        {
            Chunk(file, "PLTE", palette);
        }
        if (transparency is not null)
        {
            Chunk(file, "tRNS", transparency);
        }
        Chunk(file, "IDAT", idat);
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        return compressed.ToArray();
    }

    /// <summary>length (big-endian) · type · data · CRC-32 of type and data.</summary>
    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        file.Write(word);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        file.Write(word);
    }

    /// <summary>CRC-32 (ISO-HDLC, polynomial 0xEDB88320 reflected), as PNG chunks need.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
