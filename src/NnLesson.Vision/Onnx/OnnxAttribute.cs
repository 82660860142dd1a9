using Google.Protobuf;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// One attribute of an ONNX node (AttributeProto): its name and whichever value it carries — a float (f),
/// an integer (i), a string (s), floats or integers (repeated, packed or not). Graph- and tensor-valued
/// attributes are not read.
/// </summary>
public sealed record OnnxAttribute(string Name, float? Float, long? Int, string? Text, IReadOnlyList<float> Floats, IReadOnlyList<long> Ints)
{
    internal static OnnxAttribute Parse(IReadOnlyList<ProtoField> fields)
    {
        string name = "";
        float? f = null;
        long? i = null;
        string? s = null;
        var floats = new List<float>();
        var ints = new List<long>();
        foreach (var field in fields)
        {
            switch (field.Number)
            {
                case OnnxFields.AttributeName: name = field.AsString(); break;
                case OnnxFields.AttributeFloat when field.WireType == WireFormat.WireType.Fixed32: f = BitConverter.UInt32BitsToSingle((uint)field.Bits); break;
                case OnnxFields.AttributeInt when field.WireType == WireFormat.WireType.Varint: i = (long)field.Bits; break;
                case OnnxFields.AttributeString: s = field.AsString(); break;
                case OnnxFields.AttributeFloats: floats.AddRange(field.AsFloats()); break;
                case OnnxFields.AttributeInts: ints.AddRange(field.AsInt64s()); break;
            }
        }
        return new OnnxAttribute(name, f, i, s, floats, ints);
    }

    public override string ToString() =>
        Name + " = " + (Float?.ToString("G6") ?? Int?.ToString() ?? Text ?? (Ints.Count > 0 ? $"[{string.Join(", ", Ints)}]" : $"[{string.Join(", ", Floats)}]"));
}
