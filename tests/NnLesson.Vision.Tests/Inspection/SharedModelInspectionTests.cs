using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Tests.Inspection;

/// <summary>One inspector on the shared MobileNetV2-int8, opened once for the class (opening a session is the slow part).</summary>
public sealed class SharedInspectorFixture : IDisposable
{
    public CnnInspector Inspector { get; } = CnnInspector.Open(RepoPaths.SharedModel);

    public static PreprocessedImage Photo(string name) => ImageNetPreprocessing.Run(ImageLoader.Load(RepoPaths.SharedImage(name)));

    public void Dispose() => Inspector.Dispose();
}

/// <summary>The inspector on the real shared model, a quantised MobileNetV2 that uses ONNX Runtime contrib ops.</summary>
public class SharedModelInspectionTests(SharedInspectorFixture fixture) : IClassFixture<SharedInspectorFixture>
{
    [SharedFact]
    public void The_graph_matches_what_the_onnx_python_package_reported()
    {
        // Reference: shared/DATA_SOURCES.md, made with Debian python3-onnx 1.12.0 (onnx.load + checker):
        // 73 nodes (QLinearConv ×52, QLinearAdd ×11, …), 348 initializers, input "input", output "output",
        // IR version 7, opsets ai.onnx 12 and com.microsoft 1.
        var graph = fixture.Inspector.Graph;
        Assert.Equal(73, graph.Nodes.Count);
        Assert.Equal(52, graph.Nodes.Count(n => n.OpType == "QLinearConv"));
        Assert.Equal(11, graph.Nodes.Count(n => n.OpType == "QLinearAdd"));
        Assert.All(graph.Nodes.Where(n => n.OpType == "QLinearAdd"), n => Assert.Equal("com.microsoft", n.Domain));
        Assert.Single(graph.Nodes, n => n.OpType == "QLinearMatMul");
        Assert.Equal(2, graph.Nodes.Count(n => n.OpType == "DequantizeLinear"));
        Assert.Equal(348, graph.Initializers.Count);
        Assert.Equal(["input"], graph.Inputs);
        Assert.Equal(["output"], graph.Outputs);
        Assert.Equal(7, graph.IrVersion);
        Assert.Contains(("", 12L), graph.Opsets);
        Assert.Contains(("com.microsoft", 1L), graph.Opsets);
    }

    [SharedFact]
    public void The_first_convolution_is_a_QLinearConv_whose_output_scale_and_zero_point_are_read()
    {
        var tap = fixture.Inspector.Tap;
        Assert.Equal("QLinearConv", tap.Operators);
        var conv = Assert.Single(tap.Chain);
        Assert.Equal(conv.Outputs[0], tap.TensorName);
        Assert.Same(fixture.Inspector.Graph.Nodes.First(n => n.OpType == "QLinearConv"), conv);
        var q = Assert.IsType<Quantization>(tap.Quantization);
        // Inputs 6 and 7 of QLinearConv are y_scale and y_zero_point.
        Assert.Equal(conv.Inputs[6], q.ScaleName);
        Assert.Equal(conv.Inputs[7], q.ZeroPointName);
        Assert.InRange(q.Scale, 1e-4, 1);
        Assert.Equal(0, q.ZeroPoint); // zero point 0: the folded ReLU leaves no room for negative values
    }

    [SharedFact]
    public void First_feature_maps_have_the_expected_shape_and_differ_between_two_photos()
    {
        var cat = fixture.Inspector.Run(SharedInspectorFixture.Photo("kitten_caffe_cat.jpg").Tensor, [1, 3, 224, 224]).Features;
        var banana = fixture.Inspector.Run(SharedInspectorFixture.Photo("banana_0.jpg").Tensor, [1, 3, 224, 224]).Features;

        // MobileNetV2 starts with a 3×3 convolution, stride 2, 32 filters: 224×224 → 32 maps of 112×112.
        Assert.Equal([1L, 32, 112, 112], cat.TensorShape);
        Assert.Equal((32, 112, 112), (cat.Channels, cat.Height, cat.Width));
        Assert.Equal("uint8", cat.ElementType);
        Assert.Equal(FeatureValueKind.Dequantized, cat.Kind);
        Assert.Equal(32 * 112 * 112, cat.Values.Length);
        Assert.True(cat.Min >= 0, "after the folded ReLU no activation is negative");
        Assert.True(cat.Max > 0.5, $"the maps should respond to a photo (max {cat.Max})");

        var meanAbsDifference = cat.Values.Zip(banana.Values, (a, b) => Math.Abs(a - b)).Average();
        Assert.True(meanAbsDifference > 0.05, $"two different photos gave nearly the same maps (mean |Δ| = {meanAbsDifference})");
    }

    [SharedFact]
    public void Dequantised_values_equal_what_onnx_runtime_DequantizeLinear_computes()
    {
        // Independent check of r = (q − zero_point) · scale and of the initializer decoding: add a real
        // DequantizeLinear node that reads the same scale and zero-point initializers, expose its float output,
        // and compare with the inspector's own dequantisation of the uint8 tensor.
        var tap = fixture.Inspector.Tap;
        var model = File.ReadAllBytes(RepoPaths.SharedModel);
        var withDequantize = AppendNode(model, TinyOnnxModel.Node("check_dequantize", "DequantizeLinear",
            [tap.TensorName, tap.Quantization!.ScaleName, tap.Quantization.ZeroPointName], ["check_float"]));
        using var reference = CnnInspector.FromBytes(withDequantize, "with-dequantize", tensorName: "check_float");

        var input = SharedInspectorFixture.Photo("robin_bird_0.jpg").Tensor;
        var ours = fixture.Inspector.Run(input, [1, 3, 224, 224]).Features;
        var ort = reference.Run(input, [1, 3, 224, 224]).Features;
        Assert.Equal(FeatureValueKind.Float, ort.Kind);
        Tolerance.AllClose(ours.Values.Select(v => (double)v).ToArray(), ort.Values.Select(v => (double)v).ToArray(), 1e-6, 1e-6, "dequantised maps");
    }

    [SharedFact]
    public void Exposing_a_layer_does_not_change_the_logits_of_the_classifier()
    {
        var photo = SharedInspectorFixture.Photo("kitten_caffe_cat.jpg");
        var result = fixture.Inspector.Run(photo.Tensor, photo.TensorShape);
        using var classifier = OnnxImageClassifier.Open(RepoPaths.SharedModel);
        var expected = classifier.Logits(photo);
        Assert.Equal([1L, 1000], result.OutputShape);
        Tolerance.AllClose(result.Output.Select(v => (double)v).ToArray(), expected.Select(v => (double)v).ToArray(), 1e-5, 1e-5, "logits");
    }

    [SharedFact]
    public void Reading_and_writing_the_whole_model_gives_back_the_same_bytes()
    {
        var model = File.ReadAllBytes(RepoPaths.SharedModel);
        Assert.Equal(model, ProtoMessage.Write(ProtoMessage.Read(model)));
    }

    [SharedFact]
    public void An_unknown_tensor_name_in_the_real_model_is_a_clear_error()
    {
        var e = Assert.Throws<NnLesson.Core.LessonException>(() => CnnInspector.Open(RepoPaths.SharedModel, tensorName: "conv1_relu"));
        Assert.Contains("'conv1_relu'", e.Message);
        Assert.Contains("input_quantized", e.Message); // lists real tensor names to choose from
    }

    /// <summary>Appends a NodeProto to GraphProto.node (field 1) of a model, after the existing nodes (topological order kept).</summary>
    private static byte[] AppendNode(byte[] model, byte[] node)
    {
        var fields = ProtoMessage.Read(model).ToList();
        var graphIndex = fields.FindIndex(f => f.Number == OnnxFields.ModelGraph);
        var graph = fields[graphIndex].AsMessage().ToList();
        var lastNode = graph.FindLastIndex(f => f.Number == OnnxFields.GraphNode);
        graph.Insert(lastNode + 1, ProtoField.Bytes(OnnxFields.GraphNode, node));
        fields[graphIndex] = ProtoField.Message(OnnxFields.ModelGraph, graph);
        return ProtoMessage.Write(fields);
    }
}
