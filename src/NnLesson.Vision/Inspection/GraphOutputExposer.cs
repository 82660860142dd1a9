using NnLesson.Core;

namespace NnLesson.Vision.Inspection;

/// <summary>
/// Makes intermediate tensors of an ONNX model into extra graph outputs, so ONNX Runtime returns them
/// beside the normal output (the usual way to look inside a network without changing what it computes).
/// <para>
/// The edit, on the protobuf wire: ModelProto.graph (field 7) gets one ValueInfoProto per tensor appended
/// to GraphProto.output (field 12), carrying only the name (field 1). The type is left out on purpose:
/// ONNX Runtime infers it, and a wrong hand-written type would be worse than none. Every other field of
/// the model (weights, opsets, metadata, unknown fields) is copied unchanged and in order.
/// </para>
/// </summary>
public static class GraphOutputExposer
{
    /// <summary>
    /// Returns the bytes of a model that also outputs <paramref name="tensorNames"/>, after the original outputs
    /// and in the order given. Names that are already outputs are not repeated.
    /// </summary>
    /// <exception cref="LessonException">A name is not a tensor computed by the graph (the message lists a few that are).</exception>
    public static byte[] Expose(byte[] model, IReadOnlyList<string> tensorNames)
    {
        var graph = OnnxGraph.Parse(model);
        foreach (var name in tensorNames)
        {
            if (!graph.IsRuntimeTensor(name))
            {
                var examples = graph.Nodes.SelectMany(n => n.Outputs).Where(o => o.Length > 0).Take(4);
                var what = graph.Initializers.ContainsKey(name) ? "is a stored weight, not a computed tensor" : "is not a tensor of this model";
                throw new LessonException($"Cannot expose '{name}': it {what}. Node outputs include: {string.Join(", ", examples.Select(e => $"'{e}'"))} …");
            }
        }
        var toAdd = tensorNames.Distinct(StringComparer.Ordinal).Where(n => !graph.Outputs.Contains(n)).ToList();
        if (toAdd.Count == 0)
        {
            return model;
        }

        var modelFields = ProtoMessage.Read(model).ToList();
        var graphIndex = modelFields.FindLastIndex(f => f.Number == OnnxFields.ModelGraph);
        // Should the graph occur more than once, protobuf merges the occurrences and concatenates their
        // repeated fields in order, so appending to the last one keeps the original outputs first.
        var graphFields = modelFields[graphIndex].AsMessage().ToList();
        graphFields.AddRange(toAdd.Select(name =>
            ProtoField.Message(OnnxFields.GraphOutput, [ProtoField.String(OnnxFields.ValueInfoName, name)])));
        modelFields[graphIndex] = ProtoField.Message(OnnxFields.ModelGraph, graphFields);
        return ProtoMessage.Write(modelFields);
    }
}
