namespace NnLesson.Vision.Transfer;

/// <summary>
/// Adds one graph output to an ONNX model without parsing it, for models too big to rebuild in memory: the
/// 63 MB ResNet-18 parsed into fields and written back by <see cref="Inspection.GraphOutputExposer"/> took
/// about 1 GB. Protobuf merges a message that occurs twice and concatenates its repeated fields, so appending
/// <code>ModelProto.graph (7) { GraphProto.output (12) { ValueInfoProto.name (1) = tensor } }</code>
/// to the file's bytes gives the same model with one more output, at the end of the output list.
/// The caller must know the tensor exists (here: a constant of a hash-verified file, checked by a test).
/// </summary>
public static class AppendedGraphOutput
{
    /// <summary>The model file's bytes followed by the extra output, in one array.</summary>
    public static byte[] Read(string modelPath, string tensorName)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(tensorName);
        var valueInfo = Field(1, name);
        var output = Field(12, valueInfo);
        var graph = Field(7, output);
        var length = new FileInfo(modelPath).Length;
        var bytes = new byte[length + graph.Length];
        using (var stream = File.OpenRead(modelPath))
        {
            stream.ReadExactly(bytes, 0, (int)length);
        }
        graph.CopyTo(bytes, length);
        return bytes;
    }

    /// <summary>A length-delimited field: tag (number·8 + 2) as a varint, the length as a varint, the payload.</summary>
    private static byte[] Field(int number, byte[] payload)
    {
        var bytes = new List<byte>();
        Varint(bytes, (ulong)(number << 3 | 2));
        Varint(bytes, (ulong)payload.Length);
        bytes.AddRange(payload);
        return [.. bytes];
    }

    private static void Varint(List<byte> bytes, ulong value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
    }
}
