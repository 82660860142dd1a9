namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>
/// Writes a two-frame GIF89a of 2×2 pixels with a 4-colour global palette (GIF89a spec). The LZW
/// stream sends a clear code before every pair of pixels, so the code width stays at 3 bits and no
/// dictionary bookkeeping is needed: codes [clear, p0, p1, clear, p2, p3, end], packed LSB-first.
/// </summary>
public static class GifFile
{
    private const int Clear = 4, End = 5;

    /// <summary>palette: 4 RGB triples (12 bytes); frame indices: 4 palette indices each, row-major.</summary>
    public static byte[] Encode(byte[] palette, byte[] firstFrame, byte[] secondFrame)
    {
        var file = new List<byte>();
        file.AddRange("GIF89a"u8.ToArray());
        file.AddRange([2, 0, 2, 0]);      // logical screen 2×2, little-endian
        file.Add(0xF1);                   // global colour table, 8-bit colour resolution, 2^(1+1) = 4 entries
        file.Add(0);                      // background colour index
        file.Add(0);                      // pixel aspect ratio
        file.AddRange(palette);
        foreach (var frame in new[] { firstFrame, secondFrame })
        {
            file.AddRange([0x2C, 0, 0, 0, 0, 2, 0, 2, 0, 0]); // image descriptor at (0,0), 2×2, no local table
            file.Add(2);                                      // LZW minimum code size
            var data = Pack([Clear, frame[0], frame[1], Clear, frame[2], frame[3], End], bits: 3);
            file.Add((byte)data.Length);
            file.AddRange(data);
            file.Add(0);                                      // block terminator
        }
        file.Add(0x3B);                                       // trailer
        return file.ToArray();
    }

    private static byte[] Pack(int[] codes, int bits)
    {
        var bytes = new byte[(codes.Length * bits + 7) / 8];
        var position = 0;
        foreach (var code in codes)
        {
            for (var k = 0; k < bits; k++, position++)
            {
                if (((code >> k) & 1) != 0)
                {
                    bytes[position / 8] |= (byte)(1 << (position % 8));
                }
            }
        }
        return bytes;
    }
}
