using NnLesson.Core;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// Makes intermediate tensors of an ONNX model into extra graph outputs, so ONNX Runtime returns them
/// beside the normal output (the usual way to look inside a network without changing what it computes).
/// <para>
/// The edit, on the protobuf wire: the model's bytes are kept as they are and followed by one more
/// <code>ModelProto.graph (7) { GraphProto.output (12) { ValueInfoProto.name (1) = tensor } … }</code>
/// Protobuf merges a message field that occurs twice and concatenates its repeated fields, so a reader (ONNX
/// Runtime, <see cref="OnnxGraph.Parse"/>) sees the same model with the extra outputs after the original ones.
/// Nothing is parsed into objects and written back (for the 63 MB ResNet-18 that took many times the model's size
/// in memory; bench/RESULTS-design-notes.md): this way the model plus a few bytes. The type of an output is left out on purpose: ONNX Runtime infers it, and a
/// wrong hand-written type would be worse than none.
/// </para>
/// </summary>
internal static class GraphOutputExposer
{
    /// <summary>
    /// Returns the bytes of a model that also outputs <paramref name="tensorNames"/>, after the original outputs
    /// and in the order given. Names that are already outputs are not repeated.
    /// </summary>
    /// <exception cref="LessonException">A name is not a tensor computed by the graph (the message lists a few that are).</exception>
    public static byte[] Expose(byte[] model, IReadOnlyList<string> tensorNames) => ExposeWithSignature(model, tensorNames).Model;

    /// <summary>As <see cref="Expose"/>, with the model's first input and own outputs (read while the names are checked).</summary>
    /// <exception cref="LessonException">A name is not a tensor computed by the graph.</exception>
    public static (byte[] Model, string Input, IReadOnlyList<string> Outputs) ExposeWithSignature(byte[] model, IReadOnlyList<string> tensorNames)
    {
        var tail = Tail(model, tensorNames);
        return (tail.Bytes.Length == 0 ? model : [.. model, .. tail.Bytes], tail.Input, tail.Outputs);
    }

    /// <summary>
    /// Writes the edited model of <paramref name="modelPath"/> to <paramref name="destinationPath"/> (created, never
    /// overwritten), for a session that loads from a path: ONNX Runtime then reads the file itself and this process
    /// holds no copy of the weights while the session is built. The model is read once, to check the names.
    /// </summary>
    /// <exception cref="LessonException">The model cannot be read, is not ONNX, or a name is not a computed tensor.</exception>
    /// <returns>The model's first input and its own outputs (read while the names are checked, so a caller need not parse it again).</returns>
    public static (string Input, IReadOnlyList<string> Outputs) ExposeToFile(string modelPath, IReadOnlyList<string> tensorNames, string destinationPath)
    {
        byte[] model;
        try
        {
            model = File.ReadAllBytes(modelPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException(
                $"Не вдалося прочитати «{modelPath}»: {e.Message}",
                $"Cannot read '{modelPath}': {e.Message}", e);
        }
        (byte[] Bytes, string Input, IReadOnlyList<string> Outputs) tail;
        try
        {
            tail = Tail(model, tensorNames);
        }
        catch (InvalidDataException e)
        {
            throw new LessonException(
                $"«{modelPath}» — не модель ONNX: {e.Message}",
                $"'{modelPath}' is not an ONNX model: {e.Message}", e);
        }
        using var destination = new FileStream(destinationPath, FileMode.CreateNew, FileAccess.Write);
        destination.Write(model);
        destination.Write(tail.Bytes);
        return (tail.Input, tail.Outputs);
    }

    /// <summary>
    /// The bytes to append: one more <c>graph</c> listing the names not yet outputs (empty when there are none);
    /// with the model's first input and own outputs.
    /// </summary>
    private static (byte[] Bytes, string Input, IReadOnlyList<string> Outputs) Tail(byte[] model, IReadOnlyList<string> tensorNames)
    {
        var graph = OnnxGraph.Parse(model);
        foreach (var name in tensorNames)
        {
            if (!graph.IsRuntimeTensor(name))
            {
                var examples = graph.Nodes.SelectMany(n => n.Outputs).Where(o => o.Length > 0).Take(4);
                var stored = graph.Initializers.ContainsKey(name);
                var what = stored ? "is a stored weight, not a computed tensor" : "is not a tensor of this model";
                var whatUk = stored ? "це збережена вага, а не обчислений тензор" : "у цій моделі немає такого тензора";
                throw new LessonException(
                    $"Не можна вивести «{name}»: {whatUk}. Серед виходів вузлів: {string.Join(", ", examples.Select(e => $"«{e}»"))} …",
                    $"Cannot expose '{name}': it {what}. Node outputs include: {string.Join(", ", examples.Select(e => $"'{e}'"))} …");
            }
        }
        var toAdd = tensorNames.Distinct(StringComparer.Ordinal).Where(n => !graph.Outputs.Contains(n)).ToList();
        if (toAdd.Count == 0)
        {
            return ([], graph.Inputs[0], graph.Outputs);
        }
        var outputs = toAdd.Select(name => ProtoField.Message(OnnxFields.GraphOutput, [ProtoField.String(OnnxFields.ValueInfoName, name)]));
        return (ProtoMessage.Write([ProtoField.Message(OnnxFields.ModelGraph, outputs)]), graph.Inputs[0], graph.Outputs);
    }
}
