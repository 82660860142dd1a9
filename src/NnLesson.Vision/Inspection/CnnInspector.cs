using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using NnLesson.Core;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Inspection;

/// <summary>
/// Looks inside a CNN: exposes one intermediate tensor of an ONNX model as an extra output
/// (<see cref="GraphOutputExposer"/>), runs the edited model from memory with ONNX Runtime, and returns the
/// real feature maps of that layer together with the model's normal output from the same forward pass.
/// By default it taps the first convolution layer (<see cref="FeatureLayerPicker.FirstConvolution"/>).
/// </summary>
public sealed class CnnInspector : IDisposable
{
    private readonly OnnxSession _session;

    private CnnInspector(OnnxSession session, OnnxGraph graph, FeatureTap tap, string modelName)
    {
        _session = session;
        Graph = graph;
        Tap = tap;
        ModelName = modelName;
        InputName = graph.Inputs[0];
        OutputName = graph.Outputs[0];
    }

    /// <summary>The original graph (before the extra output was added).</summary>
    public OnnxGraph Graph { get; }

    public FeatureTap Tap { get; }

    /// <summary>The model file name without ".onnx", e.g. "mobilenetv2-12-int8".</summary>
    public string ModelName { get; }

    public string InputName { get; }

    /// <summary>The model's own (first) output, e.g. "output" with the 1000 ImageNet logits.</summary>
    public string OutputName { get; }

    /// <summary>Opens an .onnx file; <paramref name="tensorName"/> null taps the first convolution layer.</summary>
    /// <exception cref="LessonException">Missing or unreadable file, not an ONNX model, unknown tensor, no convolution.</exception>
    public static CnnInspector Open(string modelPath, string? tensorName = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(modelPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LessonException(
                $"Не вдалося прочитати модель «{modelPath}»: {e.Message}",
                $"Cannot read the model '{modelPath}': {e.Message}", e);
        }
        return Create(bytes, Path.GetFileNameWithoutExtension(modelPath), modelPath, tensorName);
    }

    /// <summary>Same as <see cref="Open"/> for a model already in memory.</summary>
    public static CnnInspector FromBytes(byte[] model, string modelName, string? tensorName = null) =>
        Create(model, modelName, modelName, tensorName);

    /// <param name="shownAs">How error messages name the model: its path when it came from a file.</param>
    private static CnnInspector Create(byte[] model, string modelName, string shownAs, string? tensorName)
    {
        OnnxGraph graph;
        try
        {
            graph = OnnxGraph.Parse(model);
        }
        catch (InvalidDataException e)
        {
            throw new LessonException(
                $"«{shownAs}» — не модель ONNX: {e.Message}",
                $"'{shownAs}' is not an ONNX model: {e.Message}", e);
        }
        if (graph.Inputs.Count != 1 || graph.Outputs.Count == 0)
        {
            throw new LessonException(
                $"«{shownAs}» має входів: {graph.Inputs.Count}, виходів: {graph.Outputs.Count}; інспекторові потрібні один вхід-зображення й вихід.",
                $"'{shownAs}' has {graph.Inputs.Count} inputs and {graph.Outputs.Count} outputs; the inspector needs one image input and an output.");
        }
        var tap = tensorName is null ? FeatureLayerPicker.FirstConvolution(graph) : FeatureLayerPicker.ForTensor(graph, tensorName);
        var session = OnnxSession.FromBytes(model, shownAs, [tap.TensorName]);
        return new CnnInspector(session, graph, tap, modelName);
    }

    /// <summary>
    /// One forward pass. <paramref name="input"/>: the image tensor in the layout the model expects, for an
    /// ImageNet CNN [1, 3, 224, 224] NCHW float32, with <paramref name="shape"/> its dimensions.
    /// </summary>
    public InspectionResult Run(float[] input, long[] shape)
    {
        if (input.Length != shape.Aggregate(1L, (a, d) => a * d))
        {
            throw new ArgumentException($"The input has {input.Length} values, but shape [{string.Join(", ", shape)}] needs {shape.Aggregate(1L, (a, d) => a * d)}.", nameof(input));
        }
        var outputNames = Tap.TensorName == OutputName ? new[] { OutputName } : new[] { OutputName, Tap.TensorName };
        using (var outputs = _session.Run(input, shape, outputNames))
        {
            var output = outputs[0];
            var outputInfo = output.GetTensorTypeAndShape();
            if (outputInfo.ElementDataType != TensorElementType.Float)
            {
                throw new LessonException(
                    $"Вихід «{OutputName}» моделі «{ModelName}» має тип {outputInfo.ElementDataType}, а очікується float32.",
                    $"'{ModelName}' output '{OutputName}' is {outputInfo.ElementDataType}, expected float32.");
            }
            var features = ReadFeatureMaps(outputs[outputNames.Length - 1]);
            return new InspectionResult(features, OutputName, outputInfo.Shape, output.GetTensorDataAsSpan<float>().ToArray());
        }
    }

    /// <summary>Copies the tapped tensor ([1, C, H, W]) into float [C, H, W], dequantising 8-bit codes when the layer's parameters are known.</summary>
    private FeatureMaps ReadFeatureMaps(OrtValue value)
    {
        var info = value.GetTensorTypeAndShape();
        var shape = info.Shape;
        if (shape.Length != 4 || shape[0] != 1)
        {
            throw new LessonException(
                $"Тензор «{Tap.TensorName}» має форму [{string.Join(", ", shape)}]; картам ознак потрібна [1, канали, висота, ширина].",
                $"Tensor '{Tap.TensorName}' has shape [{string.Join(", ", shape)}]; feature maps need [1, channels, height, width].");
        }
        var (channels, height, width) = ((int)shape[1], (int)shape[2], (int)shape[3]);
        float[] values;
        FeatureValueKind kind;
        switch (info.ElementDataType)
        {
            case TensorElementType.Float:
                values = value.GetTensorDataAsSpan<float>().ToArray();
                kind = FeatureValueKind.Float;
                break;
            case TensorElementType.UInt8:
                values = Decode(value.GetTensorDataAsSpan<byte>(), q => q, out kind);
                break;
            case TensorElementType.Int8:
                values = Decode(value.GetTensorDataAsSpan<sbyte>(), q => q, out kind);
                break;
            default:
                throw new LessonException(
                    $"Тензор «{Tap.TensorName}» містить {info.ElementDataType}; інспектор читає float32, uint8 і int8.",
                    $"Tensor '{Tap.TensorName}' holds {info.ElementDataType}; the inspector reads float32, uint8 and int8.");
        }
        var typeName = info.ElementDataType switch { TensorElementType.Float => "float32", TensorElementType.UInt8 => "uint8", _ => "int8" };
        return new FeatureMaps(Tap, shape, typeName, kind, channels, height, width, values);
    }

    private float[] Decode<T>(ReadOnlySpan<T> codes, Func<T, int> toInt, out FeatureValueKind kind)
    {
        var values = new float[codes.Length];
        var quantization = Tap.Quantization;
        for (var i = 0; i < codes.Length; i++)
        {
            values[i] = quantization is null ? toInt(codes[i]) : quantization.Dequantize(toInt(codes[i]));
        }
        kind = quantization is null ? FeatureValueKind.RawCodes : FeatureValueKind.Dequantized;
        return values;
    }

    public void Dispose() => _session.Dispose();
}
