namespace NnLesson.Vision.Onnx;

/// <summary>
/// One operator of an ONNX graph: its name (may be empty), operator type (Conv, Relu, QLinearConv …),
/// domain ("" for standard ONNX, "com.microsoft" for ONNX Runtime contrib ops), and the tensor names it
/// reads and writes. An empty input name means an omitted optional input.
/// </summary>
public sealed record OnnxNode(string Name, string OpType, string Domain, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs)
{
    /// <summary>The name to show a person: the node name, or "OpType → first output" when the node has none.</summary>
    /// <summary>The operator's attributes (kernel_shape, strides, pads, epsilon …), in file order.</summary>
    public IReadOnlyList<OnnxAttribute> Attributes { get; init; } = [];

    /// <summary>The attribute called <paramref name="name"/>, or null when the node leaves it at its default.</summary>
    public OnnxAttribute? Attribute(string name) => Attributes.LastOrDefault(a => a.Name == name);

    public string DisplayName => Name.Length > 0 ? Name : $"{OpType} → {Outputs.FirstOrDefault() ?? "?"}";

    internal static OnnxNode Parse(IReadOnlyList<ProtoField> fields)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        var attributes = new List<OnnxAttribute>();
        string name = "", opType = "", domain = "";
        foreach (var field in fields)
        {
            switch (field.Number)
            {
                case OnnxFields.NodeInput: inputs.Add(field.AsString()); break;
                case OnnxFields.NodeOutput: outputs.Add(field.AsString()); break;
                case OnnxFields.NodeName: name = field.AsString(); break;
                case OnnxFields.NodeOpType: opType = field.AsString(); break;
                case OnnxFields.NodeDomain: domain = field.AsString(); break;
                case OnnxFields.NodeAttribute: attributes.Add(OnnxAttribute.Parse(field.AsMessage())); break;
            }
        }
        return new OnnxNode(name, opType, domain, inputs, outputs) { Attributes = attributes };
    }
}
