using System.Text;
using Google.Protobuf;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// One field of a protobuf message exactly as it sits on the wire: its number, wire type and value.
/// Varint and fixed-width fields keep their bits in <see cref="Bits"/>; length-delimited fields
/// (strings, bytes, sub-messages, packed arrays) keep their payload in <see cref="Payload"/>: a slice of the
/// message read, never a copy (<see cref="ProtoMessage.Read"/>).
/// We read ONNX files at this level instead of generating classes from onnx.proto: the slide needs
/// a dozen field numbers, and fields we do not know are copied through unchanged.
/// </summary>
internal sealed record ProtoField(int Number, WireFormat.WireType WireType, ulong Bits, ReadOnlyMemory<byte> Payload)
{
    public static ProtoField Varint(int number, ulong value) => new(number, WireFormat.WireType.Varint, value, ReadOnlyMemory<byte>.Empty);

    public static ProtoField Bytes(int number, byte[] payload) => new(number, WireFormat.WireType.LengthDelimited, 0, payload);

    public static ProtoField String(int number, string text) => Bytes(number, Encoding.UTF8.GetBytes(text));

    public static ProtoField Message(int number, IEnumerable<ProtoField> fields) => Bytes(number, ProtoMessage.Write(fields));

    /// <summary>The payload read as UTF-8 text (ONNX names, op types, domains).</summary>
    public string AsString() => Encoding.UTF8.GetString(RequireBytes().Span);

    /// <summary>The payload read as a sub-message.</summary>
    public IReadOnlyList<ProtoField> AsMessage() => ProtoMessage.Read(RequireBytes());

    /// <summary>
    /// The integers this field holds: one for a plain varint, several for a packed repeated field
    /// (proto2 files may use either form for the same field, so readers must accept both).
    /// </summary>
    public IEnumerable<long> AsInt64s()
    {
        if (WireType == WireFormat.WireType.Varint)
        {
            return [(long)Bits];
        }
        var bytes = RequireBytes().Span;
        var values = new List<long>();
        var at = 0;
        while (at < bytes.Length)
        {
            values.Add((long)ProtoMessage.ReadVarint(bytes, ref at)); // int64 varints are two's complement in 64 bits
        }
        return values;
    }

    /// <summary>The 32-bit floats this field holds: one fixed32, or a packed array of them.</summary>
    public float[] AsFloats()
    {
        if (WireType == WireFormat.WireType.Fixed32)
        {
            return [BitConverter.UInt32BitsToSingle((uint)Bits)];
        }
        var bytes = RequireBytes().Span;
        if (bytes.Length % 4 != 0)
        {
            throw new InvalidDataException($"Field {Number}: a packed float array of {bytes.Length} bytes (not a multiple of 4).");
        }
        if (BitConverter.IsLittleEndian)
        {
            // protobuf fixed32 is little-endian, like the CPU: one block copy (ResNet-18's 11.7 M weights are packed floats).
            return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        }
        var values = new float[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(4 * i, 4));
        }
        return values;
    }

    private ReadOnlyMemory<byte> RequireBytes() => WireType == WireFormat.WireType.LengthDelimited
        ? Payload
        : throw new InvalidDataException($"Field {Number} has wire type {WireType}, expected a length-delimited value.");
}
