using Google.Protobuf;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// Reads a protobuf message into its list of wire fields and writes such a list back. Read → write gives a
/// message that parses to the same values (field order and unknown fields are kept), which is all an editor
/// needs: change the fields you mean to change, copy every other one.
/// <para>
/// Reading copies nothing: a length-delimited field's payload is a slice of the caller's memory. That is why
/// the reader is hand-written (a tag, a varint, a fixed-width value, a length — the whole wire format) instead
/// of Google.Protobuf's <see cref="CodedInputStream"/>, which copies every bytes field twice: parsing the 63 MB
/// ResNet-18 that way, sub-message by sub-message, allocated about 1 GB. Writing uses <see cref="CodedOutputStream"/>.
/// </para>
/// </summary>
internal static class ProtoMessage
{
    /// <exception cref="InvalidDataException">The bytes are not a protobuf message (a truncated field, a bad varint, a group).</exception>
    public static IReadOnlyList<ProtoField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var tag = ReadVarint(span, ref at);
            var number = (int)(tag >> 3);
            var wireType = (WireFormat.WireType)(tag & 7);
            if (number < 1 || number > 536_870_911)
            {
                throw new InvalidDataException($"Not a valid protobuf message: field number {number} at byte {at}.");
            }
            fields.Add(wireType switch
            {
                WireFormat.WireType.Varint => new ProtoField(number, wireType, ReadVarint(span, ref at), ReadOnlyMemory<byte>.Empty),
                WireFormat.WireType.Fixed64 => new ProtoField(number, wireType, ReadFixed(span, ref at, 8), ReadOnlyMemory<byte>.Empty),
                WireFormat.WireType.Fixed32 => new ProtoField(number, wireType, ReadFixed(span, ref at, 4), ReadOnlyMemory<byte>.Empty),
                WireFormat.WireType.LengthDelimited => new ProtoField(number, wireType, 0, Payload(message, ref at)),
                // Groups (wire types 3 and 4) are deprecated and never used by onnx.proto.
                _ => throw new InvalidDataException($"Unsupported protobuf wire type {wireType} in field {number}."),
            });
        }
        return fields;
    }

    public static byte[] Write(IEnumerable<ProtoField> fields)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            foreach (var field in fields)
            {
                output.WriteTag(field.Number, field.WireType);
                switch (field.WireType)
                {
                    case WireFormat.WireType.Varint:
                        output.WriteUInt64(field.Bits);
                        break;
                    case WireFormat.WireType.Fixed64:
                        output.WriteFixed64(field.Bits);
                        break;
                    case WireFormat.WireType.Fixed32:
                        output.WriteFixed32((uint)field.Bits);
                        break;
                    case WireFormat.WireType.LengthDelimited:
                        output.WriteBytes(UnsafeByteOperations.UnsafeWrap(field.Payload)); // no copy: written at once
                        break;
                    default:
                        throw new InvalidDataException($"Unsupported protobuf wire type {field.WireType} in field {field.Number}.");
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A base-128 varint: 7 bits a byte, least significant group first, the high bit set on every byte but the last.</summary>
    internal static ulong ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= span.Length)
            {
                throw new InvalidDataException("Not a valid protobuf message: it ends inside a varint.");
            }
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new InvalidDataException("Not a valid protobuf message: a varint longer than 10 bytes.");
    }

    /// <summary>A fixed32 or fixed64 value: little-endian.</summary>
    private static ulong ReadFixed(ReadOnlySpan<byte> span, ref int at, int bytes)
    {
        if (span.Length - at < bytes)
        {
            throw new InvalidDataException("Not a valid protobuf message: it ends inside a fixed-width field.");
        }
        ulong value = 0;
        for (var i = bytes - 1; i >= 0; i--)
        {
            value = value << 8 | span[at + i];
        }
        at += bytes;
        return value;
    }

    /// <summary>A length-delimited field's payload (after its varint length prefix), as a slice; leaves <paramref name="at"/> after it.</summary>
    private static ReadOnlyMemory<byte> Payload(ReadOnlyMemory<byte> message, ref int at)
    {
        var length = ReadVarint(message.Span, ref at);
        if (length > (ulong)(message.Length - at))
        {
            throw new InvalidDataException($"Not a valid protobuf message: a field of {length} bytes where {message.Length - at} remain.");
        }
        var payload = message.Slice(at, (int)length);
        at += (int)length;
        return payload;
    }
}
