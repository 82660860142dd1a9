using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// Builds the from-scratch network (<see cref="CnnGraph"/>) from an ONNX graph: each node becomes a Core
/// layer with its weights decoded from the initializers. Supported: Conv (group 1 or depthwise group = channels,
/// dilation 1, explicit pads), BatchNormalization (inference, any ε; opset &lt; 9 spatial = 1), Relu, Add (residual), MaxPool,
/// AveragePool (count_include_pad 0 or no padding), GlobalAveragePool, Flatten (axis 1), Gemm — what
/// ResNet-18 needs, in the CNTK export of the NuGet backbone and in the model zoo's classifier.
/// Anything else is one <see cref="LessonException"/> line naming the node and what is wrong.
/// </summary>
internal static class OnnxCnnLoader
{
    public static CnnGraph Load(byte[] model) => Load(OnnxGraph.Parse(model));

    /// <summary>
    /// The graph's first <paramref name="nodes"/> nodes only, ending in the last one's output: the other layers' weights
    /// are never converted (slide 8 runs ResNet-18's stem alone).
    /// </summary>
    public static CnnGraph LoadFirst(OnnxGraph graph, int nodes)
    {
        if (graph.Inputs.Count != 1 || nodes < 1 || nodes > graph.Nodes.Count)
        {
            throw new LessonException(
                $"Не можна взяти перші {nodes} з {graph.Nodes.Count} вузлів графа з {graph.Inputs.Count} входами.",
                $"Cannot take the first {nodes} of {graph.Nodes.Count} nodes of a graph with {graph.Inputs.Count} inputs.");
        }
        var opset = graph.Opsets.Where(o => o.Domain is "" or "ai.onnx").Select(o => o.Version).DefaultIfEmpty(0).Max();
        var steps = graph.Nodes.Take(nodes).Select(node => Step(graph, node, opset)).ToList();
        return new CnnGraph(graph.Inputs[0], steps[^1].Output, steps);
    }

    public static CnnGraph Load(OnnxGraph graph)
    {
        if (graph.Inputs.Count != 1 || graph.Outputs.Count != 1)
        {
            throw new LessonException(
                $"Власний рушій виконує графи з одним входом і одним виходом; у цього входів {graph.Inputs.Count}, виходів {graph.Outputs.Count}.",
                $"The from-scratch engine runs graphs with one input and one output; this one has {graph.Inputs.Count} and {graph.Outputs.Count}.");
        }
        var opset = graph.Opsets.Where(o => o.Domain is "" or "ai.onnx").Select(o => o.Version).DefaultIfEmpty(0).Max();
        var steps = graph.Nodes.Select(node => Step(graph, node, opset)).ToList();
        return new CnnGraph(graph.Inputs[0], graph.Outputs[0], steps);
    }

    private static CnnStep Step(OnnxGraph graph, OnnxNode node, long opset)
    {
        if (node.Domain is not ("" or "ai.onnx"))
        {
            throw Unsupported(node, $"operator domain '{node.Domain}'");
        }
        ICnnLayer layer = node.OpType switch
        {
            "Conv" => Conv(graph, node),
            "BatchNormalization" => BatchNorm(graph, node, opset),
            "Relu" => new ReluLayer(),
            "Add" => new AddLayer(),
            "MaxPool" => Pool(node, max: true),
            "AveragePool" => Pool(node, max: false),
            "GlobalAveragePool" => new GlobalAveragePoolLayer(),
            "Flatten" => Flatten(node),
            "Gemm" => Gemm(graph, node),
            _ => throw Unsupported(node, "this operator"),
        };
        var inputs = layer switch
        {
            ConvLayer or DepthwiseConvLayer or BatchNormLayer or DenseLayer => node.Inputs.Take(1).ToList(),
            _ => node.Inputs.ToList(),
        };
        foreach (var input in inputs)
        {
            if (!graph.IsRuntimeTensor(input))
            {
                throw Unsupported(node, $"a constant input '{input}' where a computed tensor is expected");
            }
        }
        if (node.Outputs.Skip(1).Any(o => o.Length > 0 && graph.Consumers(o).Count > 0))
        {
            throw Unsupported(node, "its extra outputs (only inference outputs are computed)");
        }
        return new CnnStep(node.DisplayName, layer, inputs, node.Outputs[0]);
    }

    private static ICnnLayer Conv(OnnxGraph graph, OnnxNode node)
    {
        var w = Weight(graph, node, 1, "W");
        if (w.Dims.Count != 4)
        {
            throw Unsupported(node, $"weights of shape [{string.Join(", ", w.Dims)}] (a 2-D convolution needs [outC, inC, kH, kW])");
        }
        var group = node.Attribute("group")?.Int ?? 1;
        RequireAll(node, "dilations", 1);
        RequireNoAutoPad(node);
        int outC = (int)w.Dims[0], inC = (int)w.Dims[1], kh = (int)w.Dims[2], kw = (int)w.Dims[3];
        var shape = node.Attribute("kernel_shape")?.Ints;
        if (shape is { Count: > 0 } && (shape.Count != 2 || shape[0] != kh || shape[1] != kw))
        {
            throw Unsupported(node, $"kernel_shape [{string.Join(", ", shape)}] that differs from the weights' [{kh}, {kw}]");
        }
        var bias = node.Inputs.Count > 2 && node.Inputs[2].Length > 0 ? Weight(graph, node, 2, "B").FloatValues() : null;
        var kernel = new ConvKernel(outC, inC, kh, kw, w.FloatValues(), bias);
        // group g splits the channels into g independent convolutions; g = outC with one input channel per filter is
        // depthwise (MobileNet's). Whether g also equals the input's channel count is checked when it runs.
        return group switch
        {
            1 => new ConvLayer(kernel, Stride(node), Pads(node)),
            _ when group == outC && inC == 1 => new DepthwiseConvLayer(kernel, Stride(node), Pads(node)),
            _ => throw Unsupported(node, $"group = {group} with weights [{outC}, {inC}, {kh}, {kw}] (only 1, or depthwise: group = channels, weights [C, 1, kH, kW])"),
        };
    }

    private static BatchNormLayer BatchNorm(OnnxGraph graph, OnnxNode node, long opset)
    {
        // Before opset 9 BatchNormalization had spatial (1 = one statistic per channel, the only form here).
        if (opset < 9)
        {
            Require(node, "spatial", 1);
        }
        var epsilon = node.Attribute("epsilon")?.Float ?? 1e-5f;
        float[] Values(int index, string role) => Weight(graph, node, index, role).FloatValues();
        return new BatchNormLayer(new BatchNorm2d(Values(1, "scale"), Values(2, "B"), Values(3, "mean"), Values(4, "var"), epsilon));
    }

    private static PoolLayer Pool(OnnxNode node, bool max)
    {
        var kernel = node.Attribute("kernel_shape")?.Ints;
        if (kernel is not { Count: 2 })
        {
            throw Unsupported(node, "a kernel_shape that is not 2-D");
        }
        Require(node, "ceil_mode", 0);
        RequireAll(node, "dilations", 1);
        RequireNoAutoPad(node);
        if (max)
        {
            Require(node, "storage_order", 0);
        }
        var pads = Pads(node);
        if (!max && node.Attribute("count_include_pad")?.Int is 1 && pads != Padding2d.None)
        {
            throw Unsupported(node, "count_include_pad = 1 with padding");
        }
        return new PoolLayer(max, (int)kernel[0], (int)kernel[1], Stride(node), pads);
    }

    private static FlattenLayer Flatten(OnnxNode node)
    {
        Require(node, "axis", 1);
        return new FlattenLayer();
    }

    private static DenseLayer Gemm(OnnxGraph graph, OnnxNode node)
    {
        Require(node, "transA", 0);
        var b = Weight(graph, node, 1, "B");
        if (b.Dims.Count != 2)
        {
            throw Unsupported(node, $"B of shape [{string.Join(", ", b.Dims)}]");
        }
        var transB = node.Attribute("transB")?.Int ?? 0;
        float alpha = node.Attribute("alpha")?.Float ?? 1f, beta = node.Attribute("beta")?.Float ?? 1f;
        var values = b.FloatValues();
        // Dense wants W: [out, in]; Gemm computes A·B with B: [in, out], or A·Bᵀ with B: [out, in] when transB = 1.
        int outputs = (int)(transB == 1 ? b.Dims[0] : b.Dims[1]), inputs = (int)(transB == 1 ? b.Dims[1] : b.Dims[0]);
        var w = new float[values.Length];
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < inputs; i++)
            {
                w[o * inputs + i] = alpha * (transB == 1 ? values[o * inputs + i] : values[i * outputs + o]);
            }
        }
        var c = node.Inputs.Count > 2 && node.Inputs[2].Length > 0 ? Weight(graph, node, 2, "C").FloatValues() : new float[outputs];
        if (c.Length == 1 && outputs > 1)
        {
            c = Enumerable.Repeat(c[0], outputs).ToArray(); // a scalar C broadcasts
        }
        if (c.Length != outputs)
        {
            throw Unsupported(node, $"C of {c.Length} values for {outputs} outputs");
        }
        return new DenseLayer(new Dense(outputs, inputs, w, c.Select(v => beta * v).ToArray()));
    }

    private static int Stride(OnnxNode node)
    {
        var strides = node.Attribute("strides")?.Ints;
        if (strides is null || strides.Count == 0)
        {
            return 1;
        }
        if (strides.Count != 2 || strides[0] != strides[1])
        {
            throw Unsupported(node, $"strides [{string.Join(", ", strides)}] (equal strides on both axes only)");
        }
        return (int)strides[0];
    }

    private static Padding2d Pads(OnnxNode node)
    {
        var pads = node.Attribute("pads")?.Ints ?? [];
        return pads.Count is 0 or 4 ? Padding2d.FromOnnx(pads) : throw Unsupported(node, $"pads [{string.Join(", ", pads)}] (need [top, left, bottom, right])");
    }

    private static OnnxInitializer Weight(OnnxGraph graph, OnnxNode node, int index, string role)
    {
        if (node.Inputs.Count <= index || !graph.Initializers.TryGetValue(node.Inputs[index], out var tensor))
        {
            throw Unsupported(node, $"input {role} that is not a stored weight");
        }
        try
        {
            tensor.FloatValues();
        }
        catch (InvalidDataException e)
        {
            throw new LessonException(
                $"{node.OpType} «{node.DisplayName}»: пошкоджені дані ваг ({e.Message})",
                $"{node.OpType} '{node.DisplayName}': {e.Message}");
        }
        return tensor;
    }

    private static void Require(OnnxNode node, string attribute, long expected)
    {
        var value = node.Attribute(attribute)?.Int;
        if (value is { } v && v != expected)
        {
            throw Unsupported(node, $"{attribute} = {v} (only {expected})");
        }
    }

    private static void RequireAll(OnnxNode node, string attribute, long expected)
    {
        var values = node.Attribute(attribute)?.Ints ?? [];
        if (values.Any(v => v != expected))
        {
            throw Unsupported(node, $"{attribute} [{string.Join(", ", values)}] (only {expected})");
        }
    }

    private static void RequireNoAutoPad(OnnxNode node)
    {
        var autoPad = node.Attribute("auto_pad")?.Text;
        if (autoPad is not (null or "" or "NOTSET"))
        {
            throw Unsupported(node, $"auto_pad = {autoPad} (explicit pads only)");
        }
    }

    /// <summary>The engine's refusal; <paramref name="what"/> names the ONNX detail (attributes, shapes) as ONNX writes it.</summary>
    private static LessonException Unsupported(OnnxNode node, string what) => new(
        $"Власний рушій не підтримує у вузлі {node.OpType} «{node.DisplayName}»: {what}.",
        $"The from-scratch engine does not support {what} in {node.OpType} node '{node.DisplayName}'.");
}
