using System.Buffers.Binary;
using System.IO.Compression;
using NnLesson.Core;

namespace NnLesson.Vision.Datasets;

/// <summary>
/// The IDX format of MNIST and its siblings (Fashion-MNIST, Kuzushiji-MNIST), usually gzip-compressed:
/// <code>bytes 0–1: 0, 0;  byte 2: the value type (0x08 = unsigned byte, the only one used here);  byte 3: d, the number of dimensions
/// then d sizes, each a big-endian int32;  then the values, row-major</code>
/// Labels are [count] (d = 1), images [count, H, W] (d = 3).
/// </summary>
public static class IdxFile
{
    /// <summary>
    /// The sizes and the values of an IDX file (gzip when it starts with 1f 8b, plain otherwise), streamed: the header
    /// first, then the values straight into one array of the size it announces (60 000 images: 47 MB, read once, never copied).
    /// </summary>
    /// <exception cref="LessonException">Not an IDX file of unsigned bytes, or shorter than its header says.</exception>
    public static (int[] Sizes, byte[] Values) Read(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var gzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        try
        {
            var head = new byte[4];
            stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            var d = head[3];
            var header = new byte[4 + 4 * Math.Min((int)d, 4)];
            head.CopyTo(header, 0);
            stream.ReadAtLeast(header.AsSpan(4), header.Length - 4, throwOnEndOfStream: false);
            var (sizes, _) = ParseHeader(header, path);
            var values = new byte[sizes.Aggregate(1L, (a, b) => a * b)];
            var read = stream.ReadAtLeast(values, values.Length, throwOnEndOfStream: false);
            if (read < values.Length)
            {
                throw new LessonException(
                    $"{path}: заголовок обіцяє {values.Length} значень, а у файлі {read}.",
                    $"{path}: the header promises {values.Length} values, the file holds {read}.");
            }
            return (sizes, values);
        }
        catch (InvalidDataException e)
        {
            throw new LessonException($"{path}: не вдалося прочитати як gzip ({e.Message}).", $"{path}: not a readable gzip file ({e.Message}).");
        }
    }

    public static (int[] Sizes, byte[] Values) Parse(ReadOnlySpan<byte> bytes, string name)
    {
        var (sizes, count) = ParseHeader(bytes, name);
        var start = 4 + 4 * sizes.Length;
        if (bytes.Length - start < count)
        {
            throw new LessonException(
                $"{name}: заголовок обіцяє {count} значень, а у файлі {bytes.Length - start}.",
                $"{name}: the header promises {count} values, the file holds {bytes.Length - start}.");
        }
        return (sizes, bytes.Slice(start, (int)count).ToArray());
    }

    /// <summary>The sizes the header gives and their product, the number of values.</summary>
    private static (int[] Sizes, long Count) ParseHeader(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 4 || bytes[0] != 0 || bytes[1] != 0)
        {
            throw new LessonException(
                $"{name}: це не файл IDX (він має починатися з 00 00).",
                $"{name}: not an IDX file (it should start with 00 00).");
        }
        if (bytes[2] != 0x08)
        {
            throw new LessonException(
                $"{name}: значення IDX типу 0x{bytes[2]:x2}; підтримуються лише байти без знака (0x08).",
                $"{name}: IDX values of type 0x{bytes[2]:x2}; only unsigned bytes (0x08) are supported.");
        }
        var d = bytes[3];
        if (d is < 1 or > 4 || bytes.Length < 4 + 4 * d)
        {
            throw new LessonException(
                $"{name}: заголовок IDX із розмірністю {d} не вміщується в {bytes.Length} байтів.",
                $"{name}: an IDX header with {d} dimensions does not fit in {bytes.Length} bytes.");
        }
        var sizes = new int[d];
        long count = 1;
        for (var i = 0; i < d; i++)
        {
            sizes[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(4 + 4 * i, 4));
            if (sizes[i] <= 0)
            {
                throw new LessonException($"{name}: вимір {i} має розмір {sizes[i]}.", $"{name}: dimension {i} has size {sizes[i]}.");
            }
            count *= sizes[i];
        }
        if (count > int.MaxValue)
        {
            throw new LessonException(
                $"{name}: {count} значень — більше, ніж вміщує один масив.",
                $"{name}: {count} values are more than one array holds.");
        }
        return (sizes, count);
    }
}
