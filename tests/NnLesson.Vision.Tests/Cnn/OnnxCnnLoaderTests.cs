using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Inspection;
using NnLesson.Tests.Shared;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Tests.Cnn;

[Collection(ExposedModelFilesCollection.Name)]
public class OnnxCnnLoaderTests
{
    private static float[] Random(Random r, int n, float scale = 1f) => [.. Enumerable.Range(0, n).Select(_ => (float)(r.NextDouble() * 2 - 1) * scale)];

    /// <summary>
    /// A ResNet in miniature with every supported op, including ResNet-18's asymmetric pads:
    /// X [1, 2, 9, 9] → Conv 3×3/2 pads [1, 1, 0, 0] (4 maps) → BN (ε 1e-3) → Relu "stem" → MaxPool 3×3/1 pads [1, 1, 1, 1]
    /// → Conv 3×3/1 pads 1 → BN → Add(·, MaxPool) → Relu "block" → AveragePool 2×2/2 → GlobalAveragePool → Flatten → Gemm (transB) → [3].
    /// </summary>
    private static byte[] MiniResNet(int seed, bool raw = false, int opset = 13, string? swapOp = null)
    {
        var r = new Random(seed);
        var bn = (string prefix) => new[] { $"{prefix}_s", $"{prefix}_b", $"{prefix}_m", $"{prefix}_v" };
        var model = new TinyCnnOnnx()
            .Node("conv_stem", "Conv", ["X", "W1", "B1"], "c1", ("kernel_shape", new[] { 3, 3 }), ("strides", new[] { 2, 2 }), ("pads", new[] { 1, 1, 0, 0 }))
            .Node("bn_stem", "BatchNormalization", ["c1", .. bn("bn1")], "b1", ("epsilon", 1e-3f))
            .Node("relu_stem", "Relu", ["b1"], "stem")
            .Node("pool", swapOp ?? "MaxPool", ["stem"], "p", ("kernel_shape", new[] { 3, 3 }), ("pads", new[] { 1, 1, 1, 1 }))
            .Node("conv_a", "Conv", ["p", "W2"], "c2", ("kernel_shape", new[] { 3, 3 }), ("pads", new[] { 1, 1, 1, 1 }))
            .Node("bn_a", "BatchNormalization", ["c2", .. bn("bn2")], "b2")
            .Node("add", "Add", ["b2", "p"], "sum")
            .Node("relu_block", "Relu", ["sum"], "block")
            .Node("avg", "AveragePool", ["block"], "a", ("kernel_shape", new[] { 2, 2 }), ("strides", new[] { 2, 2 }))
            .Node("gap", "GlobalAveragePool", ["a"], "g")
            .Node("flatten", "Flatten", ["g"], "f", ("axis", 1))
            .Node("fc", "Gemm", ["f", "Wfc", "Bfc"], "logits", ("transB", 1), ("alpha", 1f), ("beta", 1f))
            .Tensor("W1", [4, 2, 3, 3], Random(r, 72), raw).Tensor("B1", [4], Random(r, 4), raw)
            .Tensor("W2", [4, 4, 3, 3], Random(r, 144, 0.3f), raw)
            .Tensor("Wfc", [3, 4], Random(r, 12), raw).Tensor("Bfc", [3], Random(r, 3), raw);
        foreach (var name in new[] { "bn1", "bn2" })
        {
            model.Tensor($"{name}_s", [4], Random(r, 4).Select(v => 1 + 0.3f * v).ToArray(), raw).Tensor($"{name}_b", [4], Random(r, 4), raw)
                .Tensor($"{name}_m", [4], Random(r, 4, 0.2f), raw).Tensor($"{name}_v", [4], Random(r, 4).Select(v => 0.6f + 0.3f * v).ToArray(), raw);
        }
        return model.Build("X", [1, 2, 9, 9], "logits", opset);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Tiny_resnet_matches_onnx_runtime_on_both_paths_at_stem_block_and_output(bool raw)
    {
        var model = MiniResNet(4, raw);
        var graph = OnnxCnnLoader.Load(model);
        Assert.Equal(12, graph.Steps.Count);
        var x = new ChwTensor(2, 9, 9, Random(new Random(9), 162, 3));
        using var ort = new OnnxRuntimeReference(model, ["stem", "block"]);
        var expected = ort.Run(x);
        var readable = graph.Run(x, CnnRunOptions.Readable, ["stem", "block"]);
        var fast = BatchNormFolding.Fold(graph, ["stem", "block"]).Run(x, CnnRunOptions.Fast, ["stem", "block"]);
        Assert.Equal("[4, 4, 4]", readable.Kept["stem"].ShapeText); // ⌊(9 + 1 − 3)/2⌋ + 1 = 4
        foreach (var run in new[] { readable, fast })
        {
            Parity.AssertClose(run.Kept["stem"].Data, expected["stem"], "stem");
            Parity.AssertClose(run.Kept["block"].Data, expected["block"], "block");
            Parity.AssertClose(run.Output.Data, expected["logits"], "logits");
        }
    }

    [Fact]
    public void A_reference_opened_from_a_file_gives_the_same_outputs_as_one_from_bytes_and_leaves_no_temporary_file()
    {
        var model = MiniResNet(6);
        var path = Path.Combine(RepoPaths.NewTempFolder("reference"), "mini.onnx");
        File.WriteAllBytes(path, model);
        var x = new ChwTensor(2, 9, 9, Random(new Random(3), 162, 3));
        // This process's files only (other sessions on the machine expose models too), and no other test of this
        // process runs meanwhile (the collection below is not parallelised).
        var ours = ExposedModelFile.NamePrefix + Environment.ProcessId + "-*";
        var before = Directory.GetFiles(Path.GetTempPath(), ours).Length;

        using var fromBytes = new OnnxRuntimeReference(model, ["stem", "block"]);
        using var fromFile = OnnxRuntimeReference.FromFile(path, ["stem", "block"]);

        Assert.Equal(["logits", "stem", "block"], fromFile.Outputs);
        Assert.Equal(fromBytes.Outputs, fromFile.Outputs);
        var expected = fromBytes.Run(x);
        var actual = fromFile.Run(x);
        foreach (var name in fromBytes.Outputs)
        {
            Assert.Equal(expected[name], actual[name]);
        }
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), ours).Length);
    }

    [Fact]
    public void A_reference_from_a_file_refuses_a_tensor_the_model_does_not_compute_in_one_line()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("reference"), "mini.onnx");
        File.WriteAllBytes(path, MiniResNet(6));

        var error = Assert.Throws<LessonException>(() => OnnxRuntimeReference.FromFile(path, ["no_such_tensor"]));

        Assert.Contains("no_such_tensor", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_stages_of_a_resnet_are_found_by_structure()
    {
        var stages = ResNetStages.Find(OnnxCnnLoader.Load(MiniResNet(1)));
        Assert.Equal(["conv1 stem", "layer1 block"], stages.Select(s => $"{s.Label} {s.TensorName}"));
    }

    [Fact]
    public void Opset_8_batch_norm_with_spatial_0_is_refused_by_name()
    {
        var model = new TinyCnnOnnx()
            .Node("bn_odd", "BatchNormalization", ["X", "s", "b", "m", "v"], "y", ("spatial", 0))
            .Tensor("s", [2], [1, 1]).Tensor("b", [2], [0, 0]).Tensor("m", [2], [0, 0]).Tensor("v", [2], [1, 1])
            .Build("X", [1, 2, 3, 3], "y", opset: 8);
        var e = Assert.Throws<LessonException>(() => OnnxCnnLoader.Load(model));
        Assert.Contains("spatial = 0", e.Message);
        Assert.Contains("bn_odd", e.Message);
    }

    [Theory]
    [InlineData("Sigmoid", "Sigmoid node 'pool'")]
    [InlineData("LpPool", "LpPool node 'pool'")]
    public void An_unsupported_operator_is_one_line_naming_it(string op, string expected)
    {
        var e = Assert.Throws<LessonException>(() => OnnxCnnLoader.Load(MiniResNet(2, swapOp: op)));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Grouped_convolution_other_than_depthwise_is_refused_by_name()
    {
        // group 2 over 4 channels: two convolutions of 2 channels each, weights [4, 2, 3, 3] — not supported.
        var model = new TinyCnnOnnx()
            .Node("grouped", "Conv", ["X", "W"], "y", ("group", 2))
            .Tensor("W", [4, 2, 3, 3], new float[72])
            .Build("X", [1, 4, 5, 5], "y");
        var e = Assert.Throws<LessonException>(() => OnnxCnnLoader.Load(model));
        Assert.Contains("group = 2", e.Message);
        Assert.Contains("'grouped'", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Depthwise_convolution_matches_onnx_runtime_on_both_paths()
    {
        // MobileNet's depthwise 3×3/2 with asymmetric pads, bias, then ReLU: X [1, 3, 8, 7] → [3, 4, 4].
        var r = new Random(12);
        var model = new TinyCnnOnnx()
            .Node("dw", "Conv", ["X", "W", "B"], "d", ("group", 3), ("kernel_shape", new[] { 3, 3 }), ("strides", new[] { 2, 2 }), ("pads", new[] { 1, 1, 0, 1 }))
            .Node("relu", "Relu", ["d"], "y")
            .Tensor("W", [3, 1, 3, 3], Random(r, 27)).Tensor("B", [3], Random(r, 3))
            .Build("X", [1, 3, 8, 7], "y");
        var graph = OnnxCnnLoader.Load(model);
        Assert.IsType<DepthwiseConvLayer>(graph.Steps[0].Layer);
        var x = new ChwTensor(3, 8, 7, Random(new Random(13), 168, 2));
        using var ort = new OnnxRuntimeReference(model, []);
        var expected = ort.Run(x)["y"];
        foreach (var options in new[] { CnnRunOptions.Readable, CnnRunOptions.Fast })
        {
            var y = graph.Run(x, options).Output;
            Assert.Equal("[3, 4, 4]", y.ShapeText);
            Parity.AssertClose(y.Data, expected, $"depthwise, {options.Path}");
        }
    }

    [Fact]
    public void A_shape_mismatch_names_the_node_and_both_shapes()
    {
        // The residual Add gets the 4-channel stem and an 8-channel convolution.
        var model = new TinyCnnOnnx()
            .Node("conv", "Conv", ["X", "W"], "c", ("kernel_shape", new[] { 1, 1 }))
            .Node("residual", "Add", ["c", "X"], "y")
            .Tensor("W", [8, 4, 1, 1], new float[32])
            .Build("X", [1, 4, 5, 5], "y");
        var graph = OnnxCnnLoader.Load(model);
        var e = Assert.Throws<LessonException>(() => graph.Run(ChwTensor.Zeros(4, 5, 5), CnnRunOptions.Fast));
        Assert.StartsWith("residual", e.Message);
        Assert.Contains("[8, 5, 5]", e.Message);
        Assert.Contains("[4, 5, 5]", e.Message);
    }

    [Fact]
    public void Weights_of_the_wrong_size_are_refused()
    {
        var model = new TinyCnnOnnx()
            .Node("conv", "Conv", ["X", "W"], "y")
            .Tensor("W", [2, 1, 3, 3], new float[17])
            .Build("X", [1, 1, 5, 5], "y");
        var e = Assert.Throws<LessonException>(() => OnnxCnnLoader.Load(model));
        Assert.Contains("'W' holds 17 floats", e.Message);
    }
}
