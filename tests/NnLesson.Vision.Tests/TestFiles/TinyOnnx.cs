using Google.Protobuf;

namespace NnLesson.Vision.Tests.TestFiles;

/// <summary>
/// Hand-built ONNX models for the "not a classifier" tests: one Identity node, y = x, with the shapes
/// a test asks for. Written field by field with protobuf's <see cref="CodedOutputStream"/> following
/// onnx.proto (ModelProto: ir_version 1, graph 7, opset_import 8; GraphProto: node 1, name 2, input 11,
/// output 12; NodeProto: input 1, output 2, op_type 4; ValueInfoProto: name 1, type 2; TypeProto:
/// tensor_type 1; TypeProto.Tensor: elem_type 1, shape 2; TensorShapeProto: dim 1; Dimension:
/// dim_value 1, dim_param 2; OperatorSetIdProto: domain 1, version 2).
/// </summary>
public static class TinyOnnx
{
    private const int FloatType = 1; // TensorProto.DataType.FLOAT

    /// <summary>An Identity model; a null dimension is symbolic ("N"), as a dynamic batch is.</summary>
    public static byte[] Identity(long?[] shape) => Message(model =>
    {
        model.WriteTag(1, WireFormat.WireType.Varint);
        model.WriteInt64(8); // IR version 8
        model.WriteTag(2, WireFormat.WireType.LengthDelimited);
        model.WriteString("nnlesson-tests");
        WriteMessage(model, 7, graph =>
        {
            WriteMessage(graph, 1, node =>
            {
                node.WriteTag(1, WireFormat.WireType.LengthDelimited);
                node.WriteString("x");
                node.WriteTag(2, WireFormat.WireType.LengthDelimited);
                node.WriteString("y");
                node.WriteTag(4, WireFormat.WireType.LengthDelimited);
                node.WriteString("Identity");
            });
            graph.WriteTag(2, WireFormat.WireType.LengthDelimited);
            graph.WriteString("identity");
            WriteMessage(graph, 11, value => ValueInfo(value, "x", shape));
            WriteMessage(graph, 12, value => ValueInfo(value, "y", shape));
        });
        WriteMessage(model, 8, opset =>
        {
            opset.WriteTag(1, WireFormat.WireType.LengthDelimited);
            opset.WriteString("");
            opset.WriteTag(2, WireFormat.WireType.Varint);
            opset.WriteInt64(13);
        });
    });

    private static void ValueInfo(CodedOutputStream value, string name, long?[] shape)
    {
        value.WriteTag(1, WireFormat.WireType.LengthDelimited);
        value.WriteString(name);
        WriteMessage(value, 2, type => WriteMessage(type, 1, tensor =>
        {
            tensor.WriteTag(1, WireFormat.WireType.Varint);
            tensor.WriteInt32(FloatType);
            WriteMessage(tensor, 2, tensorShape =>
            {
                foreach (var dim in shape)
                {
                    WriteMessage(tensorShape, 1, dimension =>
                    {
                        if (dim is { } size)
                        {
                            dimension.WriteTag(1, WireFormat.WireType.Varint);
                            dimension.WriteInt64(size);
                        }
                        else
                        {
                            dimension.WriteTag(2, WireFormat.WireType.LengthDelimited);
                            dimension.WriteString("N");
                        }
                    });
                }
            });
        }));
    }

    /// <summary>Writes a nested message as field <paramref name="field"/>: tag, length, bytes.</summary>
    private static void WriteMessage(CodedOutputStream output, int field, Action<CodedOutputStream> body)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(Message(body)));
    }

    private static byte[] Message(Action<CodedOutputStream> body)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            body(output);
        }
        return buffer.ToArray();
    }
}
