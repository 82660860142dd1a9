using Google.Protobuf;

namespace NnLesson.Vision.Tests.Inspection;

/// <summary>
/// Writes small ONNX models byte by byte with Google.Protobuf's <see cref="CodedOutputStream"/>, straight from
/// the field numbers of onnx.proto, independently of the inspector's own protobuf helpers.
/// <para>
/// <see cref="ConvReluPool"/>: X: [1, 1, 4, 4] → Conv(W: [2, 1, 2, 2], B: [2]) → "conv_out" [1, 2, 3, 3]
/// → Relu → "relu_out" → GlobalAveragePool → "pooled" [1, 2, 1, 1] → Flatten → "scores" [1, 2].
/// </para>
/// </summary>
public static class TinyOnnxModel
{
    /// <summary>X row by row (the first 16 digits of π).</summary>
    public static readonly float[] Input = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3];

    /// <summary>W: [outC = 2, inC = 1, 2, 2]. Map 0 = top-left minus bottom-right (a diagonal edge); map 1 = half the 2×2 sum.</summary>
    public static readonly float[] Weights = [1, 0, 0, -1, 0.5f, 0.5f, 0.5f, 0.5f];

    public static readonly float[] Bias = [0.5f, -10f];

    public static byte[] ConvReluPool() => Model(Graph(
    [
        Node("conv1", "Conv", ["X", "W", "B"], ["conv_out"]),
        Node("relu1", "Relu", ["conv_out"], ["relu_out"]),
        Node("pool", "GlobalAveragePool", ["relu_out"], ["pooled"]),
        Node("flatten", "Flatten", ["pooled"], ["scores"]),
    ],
    [Tensor("W", [2, 1, 2, 2], Weights), Tensor("B", [2], Bias)],
    input: ValueInfo("X", [1, 1, 4, 4]),
    output: ValueInfo("scores", [1, 2])));

    /// <summary>
    /// The first layer as ResNet-18 has it: X [1, 1, 4, 4] → Conv(W, B) → "conv_out" → BatchNormalization(scale [2, 1],
    /// bias [0, 0], mean [0, 0], var [1, 1], ε = 1e-5 by default) → "bn_out" → Relu → "relu_out" → GlobalAveragePool → "scores" [1, 2, 1, 1].
    /// </summary>
    public static byte[] ConvBatchNormRelu() => Model(Graph(
    [
        Node("conv0", "Conv", ["X", "W", "B"], ["conv_out"]),
        Node("bn0", "BatchNormalization", ["conv_out", "bn_scale", "bn_bias", "bn_mean", "bn_var"], ["bn_out"]),
        Node("relu0", "Relu", ["bn_out"], ["relu_out"]),
        Node("pool", "GlobalAveragePool", ["relu_out"], ["scores"]),
    ],
    [
        Tensor("W", [2, 1, 2, 2], Weights), Tensor("B", [2], Bias),
        Tensor("bn_scale", [2], [2, 1]), Tensor("bn_bias", [2], [0, 0]), Tensor("bn_mean", [2], [0, 0]), Tensor("bn_var", [2], [1, 1]),
    ],
    input: ValueInfo("X", [1, 1, 4, 4]),
    output: ValueInfo("scores", [1, 2, 1, 1])));

    /// <summary>X → MatMul(W: [16, 2]) → "scores": a model with no convolution at all.</summary>
    public static byte[] NoConvolution() => Model(Graph(
        [Node("dense", "MatMul", ["X", "W"], ["scores"])],
        [Tensor("W", [16, 2], new float[32])],
        input: ValueInfo("X", [1, 16]),
        output: ValueInfo("scores", [1, 2])));

    // ModelProto: ir_version = 1, graph = 7, opset_import = 8 (OperatorSetIdProto: domain = 1, version = 2).
    private static byte[] Model(byte[] graph) => Message(o =>
    {
        o.WriteTag(1, WireFormat.WireType.Varint); o.WriteInt64(7);
        o.WriteTag(7, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(graph));
        var opset = Message(x => { x.WriteTag(1, WireFormat.WireType.LengthDelimited); x.WriteString(""); x.WriteTag(2, WireFormat.WireType.Varint); x.WriteInt64(13); });
        o.WriteTag(8, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(opset));
    });

    // GraphProto: node = 1, name = 2, initializer = 5, input = 11, output = 12.
    private static byte[] Graph(byte[][] nodes, byte[][] initializers, byte[] input, byte[] output) => Message(o =>
    {
        foreach (var node in nodes) { o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(node)); }
        o.WriteTag(2, WireFormat.WireType.LengthDelimited); o.WriteString("tiny");
        foreach (var init in initializers) { o.WriteTag(5, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(init)); }
        o.WriteTag(11, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(input));
        o.WriteTag(12, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(output));
    });

    // NodeProto: input = 1, output = 2, name = 3, op_type = 4.
    public static byte[] Node(string name, string opType, string[] inputs, string[] outputs, string domain = "") => Message(o =>
    {
        foreach (var i in inputs) { o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteString(i); }
        foreach (var x in outputs) { o.WriteTag(2, WireFormat.WireType.LengthDelimited); o.WriteString(x); }
        o.WriteTag(3, WireFormat.WireType.LengthDelimited); o.WriteString(name);
        o.WriteTag(4, WireFormat.WireType.LengthDelimited); o.WriteString(opType);
        if (domain.Length > 0) { o.WriteTag(7, WireFormat.WireType.LengthDelimited); o.WriteString(domain); }
    });

    // TensorProto: dims = 1 (one varint each, unpacked as proto2 writes it), data_type = 2 (1 = float),
    // float_data = 4 (packed), name = 8.
    private static byte[] Tensor(string name, long[] dims, float[] values) => Message(o =>
    {
        foreach (var d in dims) { o.WriteTag(1, WireFormat.WireType.Varint); o.WriteInt64(d); }
        o.WriteTag(2, WireFormat.WireType.Varint); o.WriteInt32(1);
        var packed = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, packed, 0, packed.Length); // little-endian on every .NET platform we run on
        o.WriteTag(4, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(packed));
        o.WriteTag(8, WireFormat.WireType.LengthDelimited); o.WriteString(name);
    });

    // ValueInfoProto: name = 1, type = 2 → TypeProto.tensor_type = 1 → elem_type = 1 (float), shape = 2
    // → TensorShapeProto.dim = 1 → Dimension.dim_value = 1.
    private static byte[] ValueInfo(string name, long[] dims) => Message(o =>
    {
        o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteString(name);
        var shape = Message(s =>
        {
            foreach (var d in dims)
            {
                var dim = Message(x => { x.WriteTag(1, WireFormat.WireType.Varint); x.WriteInt64(d); });
                s.WriteTag(1, WireFormat.WireType.LengthDelimited); s.WriteBytes(ByteString.CopyFrom(dim));
            }
        });
        var tensorType = Message(t =>
        {
            t.WriteTag(1, WireFormat.WireType.Varint); t.WriteInt32(1);
            t.WriteTag(2, WireFormat.WireType.LengthDelimited); t.WriteBytes(ByteString.CopyFrom(shape));
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
