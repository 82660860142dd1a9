namespace NnLesson.Vision.Onnx;

/// <summary>
/// The field numbers of onnx.proto (github.com/onnx/onnx, onnx/onnx.proto) that the inspector reads or writes.
/// They are part of the ONNX file format and never change between versions.
/// </summary>
internal static class OnnxFields
{
    /// <summary>ModelProto: the whole .onnx file.</summary>
    public const int ModelIrVersion = 1, ModelGraph = 7, ModelOpsetImport = 8;

    /// <summary>OperatorSetIdProto: one entry of ModelProto.opset_import.</summary>
    public const int OpsetDomain = 1, OpsetVersion = 2;

    /// <summary>GraphProto: nodes in topological order, the weights (initializers), inputs, outputs.</summary>
    public const int GraphNode = 1, GraphName = 2, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12;

    /// <summary>NodeProto: one operator call.</summary>
    public const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeAttribute = 5, NodeDomain = 7;

    /// <summary>AttributeProto: a named operator setting (kernel_shape, strides, pads, epsilon …).</summary>
    public const int AttributeName = 1, AttributeFloat = 2, AttributeInt = 3, AttributeString = 4, AttributeFloats = 7, AttributeInts = 8;

    /// <summary>ValueInfoProto: a named, optionally typed tensor (graph inputs and outputs); only the name is read.</summary>
    public const int ValueInfoName = 1;

    /// <summary>TensorProto: a constant tensor such as a weight, scale or zero point.</summary>
    public const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorInt32Data = 5, TensorInt64Data = 7,
        TensorName = 8, TensorRawData = 9, TensorDataLocation = 14;

    /// <summary>TensorProto.DataType values the inspector understands.</summary>
    public const int DataTypeFloat = 1, DataTypeUInt8 = 2, DataTypeInt8 = 3, DataTypeInt32 = 6, DataTypeInt64 = 7;

    /// <summary>TensorProto.DataLocation value for weights stored in a separate file (not supported here).</summary>
    public const int DataLocationExternal = 1;
}
