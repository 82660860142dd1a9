using NnLesson.Core;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Tests.Inspection;

/// <summary>The inspector on a hand-built model whose every intermediate value is computed by hand below.</summary>
public class TinyModelInspectionTests
{
    // X (4×4)          map 0: X[i,j] − X[i+1,j+1] + 0.5     map 1: (X[i,j] + X[i,j+1] + X[i+1,j] + X[i+1,j+1]) / 2 − 10
    // 3 1 4 1          3−9+.5 = −5.5  1−2+.5 = −0.5  4−6+.5 = −1.5     (3+1+5+9)/2−10 = −1  (1+4+9+2)/2−10 = −2    (4+1+2+6)/2−10 = −3.5
    // 5 9 2 6          5−3+.5 =  2.5  9−5+.5 =  4.5  2−8+.5 = −5.5     (5+9+5+3)/2−10 =  1  (9+2+3+5)/2−10 = −0.5  (2+6+5+8)/2−10 =  0.5
    // 5 3 5 8          5−7+.5 = −1.5  3−9+.5 = −5.5  5−3+.5 =  2.5     (5+3+9+7)/2−10 =  2  (3+5+7+9)/2−10 =  2    (5+8+9+3)/2−10 =  2.5
    // 9 7 9 3
    private static readonly double[] ConvOut = [-5.5, -0.5, -1.5, 2.5, 4.5, -5.5, -1.5, -5.5, 2.5, -1, -2, -3.5, 1, -0.5, 0.5, 2, 2, 2.5];
    private static readonly double[] ReluOut = ConvOut.Select(v => Math.Max(0, v)).ToArray();
    // GlobalAveragePool of the ReLU maps: (2.5 + 4.5 + 2.5) / 9 and (1 + 0.5 + 2 + 2 + 2.5) / 9.
    private static readonly double[] Scores = [9.5 / 9, 8.0 / 9];

    private static readonly long[] InputShape = [1, 1, 4, 4];

    [Fact]
    public void The_graph_lists_nodes_with_op_types_and_tensor_names()
    {
        var graph = OnnxGraph.Parse(TinyOnnxModel.ConvReluPool());
        Assert.Equal(["Conv", "Relu", "GlobalAveragePool", "Flatten"], graph.Nodes.Select(n => n.OpType));
        Assert.Equal(["conv1", "relu1", "pool", "flatten"], graph.Nodes.Select(n => n.Name));
        Assert.Equal(["X", "W", "B"], graph.Nodes[0].Inputs);
        Assert.Equal(["conv_out"], graph.Nodes[0].Outputs);
        Assert.Equal(["X"], graph.Inputs);
        Assert.Equal(["scores"], graph.Outputs);
        Assert.Equal([2L, 1, 2, 2], graph.Initializers["W"].Dims);
        Assert.Equal("relu1", graph.Producer("relu_out")!.Name);
        Assert.Equal(["pool"], graph.Consumers("relu_out").Select(n => n.Name));
    }

    [Fact]
    public void The_first_convolution_is_taken_after_its_relu()
    {
        var tap = FeatureLayerPicker.FirstConvolution(OnnxGraph.Parse(TinyOnnxModel.ConvReluPool()));
        Assert.Equal("relu_out", tap.TensorName);
        Assert.Equal("conv1", tap.LayerName);
        Assert.Equal("Conv → Relu", tap.Operators);
        Assert.Null(tap.Quantization);
    }

    [Fact]
    public void Exposed_relu_maps_and_the_normal_output_equal_the_hand_computed_values()
    {
        using var inspector = CnnInspector.FromBytes(TinyOnnxModel.ConvReluPool(), "tiny");
        var result = inspector.Run(TinyOnnxModel.Input, InputShape);

        Assert.Equal([1L, 2, 3, 3], result.Features.TensorShape);
        Assert.Equal((2, 3, 3), (result.Features.Channels, result.Features.Height, result.Features.Width));
        Assert.Equal(FeatureValueKind.Float, result.Features.Kind);
        Assert.Equal("float32", result.Features.ElementType);
        Tolerance.AllClose(result.Features.Values.Select(v => (double)v).ToArray(), ReluOut, 1e-6, 1e-6, "relu_out");
        Tolerance.AllClose(result.Features.Map(1).ToArray().Select(v => (double)v).ToArray(), ReluOut[9..], 1e-6, 1e-6, "map 1");
        Assert.Equal("scores", result.OutputName);
        Tolerance.AllClose(result.Output.Select(v => (double)v).ToArray(), Scores, 1e-6, 1e-6, "scores");
    }

    [Fact]
    public void A_ResNet_style_first_layer_is_followed_through_batch_norm_to_its_relu()
    {
        using var inspector = CnnInspector.FromBytes(TinyOnnxModel.ConvBatchNormRelu(), "tiny-resnet");
        Assert.Equal("conv0", inspector.Tap.LayerName);
        Assert.Equal("Conv → BatchNormalization → Relu", inspector.Tap.Operators);
        Assert.Equal("relu_out", inspector.Tap.TensorName);

        // BatchNormalization: y = scale·(x − mean)/√(var + ε) + bias = scale·x/√(1 + 1e-5) here; then ReLU.
        var scale = new[] { 2.0, 1.0 };
        var expected = ConvOut.Select((v, i) => Math.Max(0, scale[i / 9] * v / Math.Sqrt(1 + 1e-5))).ToArray();
        var result = inspector.Run(TinyOnnxModel.Input, InputShape);
        Tolerance.AllClose(result.Features.Values.Select(v => (double)v).ToArray(), expected, 1e-5, 1e-5, "relu_out after batch norm");
    }

    [Fact]
    public void Any_named_tensor_can_be_exposed_for_example_the_convolution_before_relu()
    {
        using var inspector = CnnInspector.FromBytes(TinyOnnxModel.ConvReluPool(), "tiny", tensorName: "conv_out");
        var result = inspector.Run(TinyOnnxModel.Input, InputShape);
        Tolerance.AllClose(result.Features.Values.Select(v => (double)v).ToArray(), ConvOut, 1e-6, 1e-6, "conv_out");
        Assert.True(result.Features.Min < 0, "before ReLU some values are negative");
        // Exposing a tensor must not change what the model computes.
        Tolerance.AllClose(result.Output.Select(v => (double)v).ToArray(), Scores, 1e-6, 1e-6, "scores");
    }

    [Fact]
    public void The_edited_model_lists_the_extra_output_after_the_original_one()
    {
        var edited = GraphOutputExposer.Expose(TinyOnnxModel.ConvReluPool(), ["conv_out", "relu_out", "conv_out"]);
        Assert.Equal(["scores", "conv_out", "relu_out"], OnnxGraph.Parse(edited).Outputs);
        // Exposing nothing new returns the model unchanged.
        var model = TinyOnnxModel.ConvReluPool();
        Assert.Same(model, GraphOutputExposer.Expose(model, ["scores"]));
    }

    [Fact]
    public void An_unknown_tensor_name_is_a_clear_error()
    {
        var e = Assert.Throws<LessonException>(() => CnnInspector.FromBytes(TinyOnnxModel.ConvReluPool(), "tiny", tensorName: "conv9_out"));
        Assert.Contains("'conv9_out'", e.Message);
        Assert.Contains("'conv_out'", e.Message); // names a tensor that does exist
        var weight = Assert.Throws<LessonException>(() => GraphOutputExposer.Expose(TinyOnnxModel.ConvReluPool(), ["W"]));
        Assert.Contains("stored weight", weight.Message);
        Assert.Throws<LessonException>(() => GraphOutputExposer.Expose(TinyOnnxModel.ConvReluPool(), ["nope"]));
    }

    [Fact]
    public void A_model_without_convolution_has_no_feature_maps()
    {
        var e = Assert.Throws<LessonException>(() => CnnInspector.FromBytes(TinyOnnxModel.NoConvolution(), "dense"));
        Assert.Contains("no convolution", e.Message);
        Assert.Contains("MatMul", e.Message);
    }

    [Fact]
    public void Bytes_that_are_not_an_onnx_model_are_refused()
    {
        var e = Assert.Throws<LessonException>(() => CnnInspector.FromBytes("GIF89a, certainly not a model"u8.ToArray(), "fake"));
        Assert.Contains("not an ONNX model", e.Message);
        var folder = RepoPaths.NewTempFolder();
        var missing = Assert.Throws<LessonException>(() => CnnInspector.Open(Path.Combine(folder, "none.onnx")));
        Assert.Contains("none.onnx", missing.Message);
        var labels = Path.Combine(folder, "imagenet_classes.txt");
        File.WriteAllText(labels, "tench\ngoldfish\n");
        var text = Assert.Throws<LessonException>(() => CnnInspector.Open(labels));
        Assert.Contains(labels, text.Message); // names the file the user passed
        Assert.Contains("not an ONNX model", text.Message);
    }

    [Fact]
    public void Reading_and_writing_a_message_gives_back_the_same_bytes()
    {
        var model = TinyOnnxModel.ConvReluPool();
        Assert.Equal(model, ProtoMessage.Write(ProtoMessage.Read(model)));
    }
}
