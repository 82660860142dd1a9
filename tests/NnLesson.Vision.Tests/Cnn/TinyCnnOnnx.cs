using Google.Protobuf;

namespace NnLesson.Vision.Tests.Cnn;

/// <summary>
/// Writes small ONNX CNNs field by field with Google.Protobuf's <see cref="CodedOutputStream"/>, straight from
/// onnx.proto's field numbers (independently of the loader's reader), attributes included:
/// NodeProto.attribute = 5 → AttributeProto: name 1, f 2, i 3, ints 8 (packed), type 20 (1 FLOAT, 2 INT, 7 INTS).
/// </summary>
public sealed class TinyCnnOnnx
{
    private readonly List<byte[]> _nodes = [];
    private readonly List<byte[]> _initializers = [];

    public TinyCnnOnnx Node(string name, string op, string[] inputs, string output, params (string Name, object Value)[] attributes)
    {
        _nodes.Add(Message(o =>
        {
            foreach (var i in inputs) { o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteString(i); }
            o.WriteTag(2, WireFormat.WireType.LengthDelimited); o.WriteString(output);
            o.WriteTag(3, WireFormat.WireType.LengthDelimited); o.WriteString(name);
            o.WriteTag(4, WireFormat.WireType.LengthDelimited); o.WriteString(op);
            foreach (var (attrName, value) in attributes)
            {
                var attribute = Message(a =>
                {
                    a.WriteTag(1, WireFormat.WireType.LengthDelimited); a.WriteString(attrName);
                    switch (value)
                    {
                        case float f: a.WriteTag(2, WireFormat.WireType.Fixed32); a.WriteFloat(f); a.WriteTag(20, WireFormat.WireType.Varint); a.WriteInt32(1); break;
                        case int i: a.WriteTag(3, WireFormat.WireType.Varint); a.WriteInt64(i); a.WriteTag(20, WireFormat.WireType.Varint); a.WriteInt32(2); break;
                        case int[] ints:
                            var packed = Message(p => { foreach (var v in ints) { p.WriteInt64(v); } });
                            a.WriteTag(8, WireFormat.WireType.LengthDelimited); a.WriteBytes(ByteString.CopyFrom(packed));
                            a.WriteTag(20, WireFormat.WireType.Varint); a.WriteInt32(7);
                            break;
                        default: throw new ArgumentException($"attribute type {value.GetType()}");
                    }
                });
                o.WriteTag(5, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(attribute));
            }
        }));
        return this;
    }

    /// <summary>A float initializer; <paramref name="raw"/> stores it in raw_data (9) instead of float_data (4), as exporters vary.</summary>
    public TinyCnnOnnx Tensor(string name, long[] dims, float[] values, bool raw = false)
    {
        _initializers.Add(Message(o =>
        {
            foreach (var d in dims) { o.WriteTag(1, WireFormat.WireType.Varint); o.WriteInt64(d); }
            o.WriteTag(2, WireFormat.WireType.Varint); o.WriteInt32(1);
            var bytes = new byte[values.Length * 4];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            o.WriteTag(raw ? 9 : 4, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(bytes));
            o.WriteTag(8, WireFormat.WireType.LengthDelimited); o.WriteString(name);
        }));
        return this;
    }

    public byte[] Build(string input, long[] inputDims, string output, int opset = 13) => Message(m =>
    {
        m.WriteTag(1, WireFormat.WireType.Varint); m.WriteInt64(7);
        var graph = Message(g =>
        {
            foreach (var n in _nodes) { g.WriteTag(1, WireFormat.WireType.LengthDelimited); g.WriteBytes(ByteString.CopyFrom(n)); }
            g.WriteTag(2, WireFormat.WireType.LengthDelimited); g.WriteString("tiny-cnn");
            foreach (var t in _initializers) { g.WriteTag(5, WireFormat.WireType.LengthDelimited); g.WriteBytes(ByteString.CopyFrom(t)); }
            g.WriteTag(11, WireFormat.WireType.LengthDelimited); g.WriteBytes(ByteString.CopyFrom(ValueInfo(input, inputDims)));
            g.WriteTag(12, WireFormat.WireType.LengthDelimited); g.WriteBytes(ByteString.CopyFrom(ValueInfo(output, null)));
        });
        m.WriteTag(7, WireFormat.WireType.LengthDelimited); m.WriteBytes(ByteString.CopyFrom(graph));
        var opsetImport = Message(x => { x.WriteTag(1, WireFormat.WireType.LengthDelimited); x.WriteString(""); x.WriteTag(2, WireFormat.WireType.Varint); x.WriteInt64(opset); });
        m.WriteTag(8, WireFormat.WireType.LengthDelimited); m.WriteBytes(ByteString.CopyFrom(opsetImport));
    });

    // ValueInfoProto: name 1, type 2 → tensor_type 1 → elem_type 1 (float), shape 2 → dim 1 → dim_value 1.
    private static byte[] ValueInfo(string name, long[]? dims) => Message(o =>
    {
        o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteString(name);
        var tensorType = Message(t =>
        {
            t.WriteTag(1, WireFormat.WireType.Varint); t.WriteInt32(1);
            if (dims is not null)
            {
                var shape = Message(s =>
                {
                    foreach (var d in dims)
                    {
                        var dim = Message(x => { x.WriteTag(1, WireFormat.WireType.Varint); x.WriteInt64(d); });
                        s.WriteTag(1, WireFormat.WireType.LengthDelimited); s.WriteBytes(ByteString.CopyFrom(dim));
                    }
                });
                t.WriteTag(2, WireFormat.WireType.LengthDelimited); t.WriteBytes(ByteString.CopyFrom(shape));
            }
        });
        var type = Message(t => { t.WriteTag(1, WireFormat.WireType.LengthDelimited); t.WriteBytes(ByteString.CopyFrom(tensorType)); });
        o.WriteTag(2, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(type));
    });

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(output);
        }
        return buffer.ToArray();
    }
}
