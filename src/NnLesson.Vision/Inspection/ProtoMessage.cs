using Google.Protobuf;

namespace NnLesson.Vision.Inspection;

/// <summary>
/// Reads a protobuf message into its list of wire fields and writes such a list back, with Google.Protobuf's
/// <see cref="CodedInputStream"/> and <see cref="CodedOutputStream"/>. Read → write gives a message that
/// parses to the same values (field order and unknown fields are kept), which is all an editor needs:
/// change the fields you mean to change, copy every other one.
/// </summary>
public static class ProtoMessage
{
    public static IReadOnlyList<ProtoField> Read(byte[] message)
    {
        var input = new CodedInputStream(message);
        var fields = new List<ProtoField>();
        try
        {
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                var number = WireFormat.GetTagFieldNumber(tag);
                var wireType = WireFormat.GetTagWireType(tag);
                fields.Add(wireType switch
                {
                    WireFormat.WireType.Varint => new ProtoField(number, wireType, input.ReadUInt64(), []),
                    WireFormat.WireType.Fixed64 => new ProtoField(number, wireType, input.ReadFixed64(), []),
                    WireFormat.WireType.Fixed32 => new ProtoField(number, wireType, input.ReadFixed32(), []),
                    WireFormat.WireType.LengthDelimited => new ProtoField(number, wireType, 0, input.ReadBytes().ToByteArray()),
                    // Groups (wire types 3 and 4) are deprecated and never used by onnx.proto.
                    _ => throw new InvalidDataException($"Unsupported protobuf wire type {wireType} in field {number}."),
                });
            }
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"Not a valid protobuf message: {e.Message}", e);
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
}
