using System.Buffers.Binary;

namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>Writes a 24-bit uncompressed Windows BMP (BITMAPINFOHEADER): rows bottom-up, BGR, each padded to 4 bytes.</summary>
public static class BmpFile
{
    /// <summary>rgb: [height, width, 3] top row first, RGB order (the writer flips and swaps).</summary>
    public static byte[] Encode(int width, int height, byte[] rgb)
    {
        var stride = (width * 3 + 3) / 4 * 4;
        var file = new byte[54 + stride * height];
        file[0] = (byte)'B';
        file[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(2), file.Length);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), 54);      // pixel data offset
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(14), 40);      // BITMAPINFOHEADER size
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), height);  // positive: bottom-up
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(26), 1);       // planes
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(28), 24);      // bits per pixel
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(34), stride * height);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(38), 2835);    // 72 dpi
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(42), 2835);
        for (var y = 0; y < height; y++)
        {
            var row = 54 + (height - 1 - y) * stride;
            for (var x = 0; x < width; x++)
            {
                var from = (y * width + x) * 3;
                file[row + x * 3] = rgb[from + 2];
                file[row + x * 3 + 1] = rgb[from + 1];
                file[row + x * 3 + 2] = rgb[from];
            }
        }
        return file;
    }
}
