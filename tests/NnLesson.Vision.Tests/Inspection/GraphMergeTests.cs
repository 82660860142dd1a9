using NnLesson.Core;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Tests.Inspection;

/// <summary>
/// An ONNX file may carry <c>ModelProto.graph</c> more than once; protobuf merges the occurrences in order
/// (repeated fields concatenated). The exposer writes exactly such files, so the reader must merge them too.
/// </summary>
public class GraphMergeTests
{
    /// <summary>The tiny model followed by a second graph: one more node, a 4 MB weight and one more output.</summary>
    private static byte[] TinyWithSecondGraph(int weightFloats = 1 << 20)
    {
        var raw = new byte[4 * weightFloats];
        BitConverter.TryWriteBytes(raw.AsSpan(0, 4), 1.5f);
        var weight = ProtoMessage.Write(
        [
            ProtoField.Varint(OnnxFields.TensorDims, (ulong)weightFloats),
            ProtoField.Varint(OnnxFields.TensorDataType, OnnxFields.DataTypeFloat),
            ProtoField.String(OnnxFields.TensorName, "big"),
            ProtoField.Bytes(OnnxFields.TensorRawData, raw),
        ]);
        var second = ProtoMessage.Write(
        [
            ProtoField.Bytes(OnnxFields.GraphNode, TinyOnnxModel.Node("relu2", "Relu", ["scores"], ["scores_relu"])),
            ProtoField.Bytes(OnnxFields.GraphInitializer, weight),
            ProtoField.Message(OnnxFields.GraphOutput, [ProtoField.String(OnnxFields.ValueInfoName, "scores_relu")]),
        ]);
        return [.. TinyOnnxModel.ConvReluPool(), .. ProtoMessage.Write([ProtoField.Bytes(OnnxFields.ModelGraph, second)])];
    }

    [Fact]
    public void Parse_merges_every_graph_field_in_order()
    {
        var graph = OnnxGraph.Parse(TinyWithSecondGraph());
        // Reading only the last graph gave ["relu2"] and ["scores_relu"] and lost the input "X".
        Assert.Equal(["conv1", "relu1", "pool", "flatten", "relu2"], graph.Nodes.Select(n => n.Name));
        Assert.Equal(["scores", "scores_relu"], graph.Outputs);
        Assert.Equal(["X"], graph.Inputs);
        Assert.Equal("tiny", graph.Name);
        Assert.Equal(["B", "W", "big"], graph.Initializers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1.5f, graph.Initializers["big"].FloatValues()[0]);
        Assert.Equal(graph.Nodes[^1], graph.Producer("scores_relu"));
    }

    [Fact]
    public void Exposing_keeps_the_model_bytes_and_appends_only_the_new_outputs()
    {
        var model = TinyOnnxModel.ConvReluPool();
        var edited = GraphOutputExposer.Expose(model, ["relu_out"]);
        Assert.True(edited.AsSpan(0, model.Length).SequenceEqual(model), "the original bytes come first, unchanged");
        Assert.Equal(["scores", "relu_out"], OnnxGraph.Parse(edited).Outputs);
        // An edited model can be edited again: the third graph adds to the merged two.
        Assert.Equal(["scores", "relu_out", "conv_out"], OnnxGraph.Parse(GraphOutputExposer.Expose(edited, ["conv_out", "relu_out"])).Outputs);
    }

    [Fact]
    public void Parsing_and_exposing_a_large_model_copy_its_bytes_at_most_once()
    {
        // 4 MB of weights. The field-by-field rewrite this replaced allocated about 16 times the model (1 GB on ResNet-18);
        // slices of the caller's bytes plus one concatenated result stay below 1.5 times.
        var model = TinyWithSecondGraph();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var graph = OnnxGraph.Parse(model);
        var parsed = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(parsed < model.Length / 10, $"Parse allocated {parsed:N0} bytes for a {model.Length:N0}-byte model");
        before = GC.GetAllocatedBytesForCurrentThread();
        var edited = GraphOutputExposer.Expose(model, ["relu_out"]);
        var exposed = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(exposed < 1.5 * model.Length, $"Expose allocated {exposed:N0} bytes for a {model.Length:N0}-byte model");
        Assert.Equal(model.Length + 2 + 2 + 2 + "relu_out".Length, edited.Length); // graph tag+length, output tag+length, name tag+length, name
        Assert.NotNull(graph);
    }

    [Fact]
    public void A_truncated_model_is_refused_as_not_onnx()
    {
        var model = TinyOnnxModel.ConvReluPool();
        Assert.Throws<InvalidDataException>(() => OnnxGraph.Parse(model.AsMemory(0, model.Length - 3)));
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "cut.onnx");
        File.WriteAllBytes(path, model[..^3]);
        var e = Assert.Throws<LessonException>(() => GraphOutputExposer.ExposeToFile(path, ["relu_out"], Path.Combine(folder, "out.onnx")));
        Assert.Contains("not an ONNX model", e.Message);
        Assert.False(File.Exists(Path.Combine(folder, "out.onnx")), "nothing is written for a bad model");
    }
}
