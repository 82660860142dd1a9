namespace NnLesson.Vision.Onnx;

/// <summary>
/// The structure of an ONNX model read straight from its protobuf bytes: the operators in the order the
/// file lists them (ONNX requires topological order, so a node comes after the nodes it reads from),
/// graph inputs and outputs, initializers (weights) and opset imports. Enough to list the layers of a
/// CNN and pick one to look inside; weights are not decoded.
/// </summary>
public sealed class OnnxGraph
{
    private readonly Dictionary<string, OnnxNode> _producers = new(StringComparer.Ordinal);

    private OnnxGraph(string name, long irVersion, IReadOnlyList<OnnxNode> nodes, IReadOnlyList<string> inputs,
        IReadOnlyList<string> outputs, IReadOnlyDictionary<string, OnnxInitializer> initializers, IReadOnlyList<(string Domain, long Version)> opsets)
    {
        Name = name;
        IrVersion = irVersion;
        Nodes = nodes;
        Inputs = inputs;
        Outputs = outputs;
        Initializers = initializers;
        Opsets = opsets;
        foreach (var node in nodes)
        {
            foreach (var output in node.Outputs.Where(o => o.Length > 0))
            {
                _producers[output] = node;
            }
        }
    }

    public string Name { get; }

    public long IrVersion { get; }

    /// <summary>Every operator, in the file's (topological) order.</summary>
    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <summary>Names of the graph inputs that are not initializers: what the caller feeds, e.g. "input".</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Names of the graph outputs, e.g. "output" (the logits).</summary>
    public IReadOnlyList<string> Outputs { get; }

    public IReadOnlyDictionary<string, OnnxInitializer> Initializers { get; }

    /// <summary>Operator sets the model imports: ("", 12) for standard ONNX, ("com.microsoft", 1) for contrib ops.</summary>
    public IReadOnlyList<(string Domain, long Version)> Opsets { get; }

    /// <summary>The node that writes <paramref name="tensor"/>, or null for graph inputs, initializers and unknown names.</summary>
    public OnnxNode? Producer(string tensor) => _producers.GetValueOrDefault(tensor);

    /// <summary>The nodes that read <paramref name="tensor"/>, in graph order.</summary>
    public IReadOnlyList<OnnxNode> Consumers(string tensor) => Nodes.Where(n => n.Inputs.Contains(tensor)).ToList();

    /// <summary>True for a tensor computed at run time (a node output or a graph input), the ones that can be exposed.</summary>
    public bool IsRuntimeTensor(string tensor) => _producers.ContainsKey(tensor) || Inputs.Contains(tensor);

    /// <summary>
    /// Parses a ModelProto (the bytes of an .onnx file). Copies nothing: names are decoded, while initializers keep
    /// slices of <paramref name="model"/> and decode their values on demand.
    /// <para>
    /// A message field that occurs more than once is one message, merged in order (protobuf's rule): the graph's
    /// repeated fields (nodes, initializers, inputs, outputs) are concatenated, its name is the last one given.
    /// <see cref="GraphOutputExposer"/> relies on this: it appends a second <c>graph</c> holding only the extra outputs.
    /// </para>
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model.</exception>
    public static OnnxGraph Parse(ReadOnlyMemory<byte> model)
    {
        var modelFields = ProtoMessage.Read(model);
        var graphFields = modelFields.Where(f => f.Number == OnnxFields.ModelGraph && f.WireType == Google.Protobuf.WireFormat.WireType.LengthDelimited).ToList();
        var irVersion = modelFields.LastOrDefault(f => f.Number == OnnxFields.ModelIrVersion && f.WireType == Google.Protobuf.WireFormat.WireType.Varint);
        if (graphFields.Count == 0 || irVersion is null)
        {
            throw new InvalidDataException("Not an ONNX model: no ir_version or no graph.");
        }
        var opsets = modelFields.Where(f => f.Number == OnnxFields.ModelOpsetImport).Select(f =>
        {
            var opset = f.AsMessage();
            return (opset.LastOrDefault(x => x.Number == OnnxFields.OpsetDomain)?.AsString() ?? "",
                (long)(opset.LastOrDefault(x => x.Number == OnnxFields.OpsetVersion)?.Bits ?? 0));
        }).ToList();

        var nodes = new List<OnnxNode>();
        var inputs = new List<string>();
        var outputs = new List<string>();
        var initializers = new Dictionary<string, OnnxInitializer>(StringComparer.Ordinal);
        var name = "";
        foreach (var field in graphFields.SelectMany(g => g.AsMessage()))
        {
            switch (field.Number)
            {
                case OnnxFields.GraphNode: nodes.Add(OnnxNode.Parse(field.AsMessage())); break;
                case OnnxFields.GraphName: name = field.AsString(); break;
                case OnnxFields.GraphInitializer:
                    var initializer = OnnxInitializer.Parse(field.Payload);
                    initializers[initializer.Name] = initializer;
                    break;
                case OnnxFields.GraphInput: inputs.Add(ValueInfoName(field)); break;
                case OnnxFields.GraphOutput: outputs.Add(ValueInfoName(field)); break;
            }
        }
        // Before IR version 4 every initializer was also listed as a graph input; those are weights, not inputs.
        return new OnnxGraph(name, (long)irVersion.Bits, nodes, inputs.Where(i => !initializers.ContainsKey(i)).ToList(), outputs, initializers, opsets);
    }

    private static string ValueInfoName(ProtoField valueInfo) =>
        valueInfo.AsMessage().LastOrDefault(f => f.Number == OnnxFields.ValueInfoName)?.AsString() ?? "";
}
