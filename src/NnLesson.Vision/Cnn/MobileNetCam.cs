using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// Class activation maps of an int8 ImageNet classifier that ends in global average pooling and one linear
/// layer (MobileNetV2-12-int8: last maps A: [1280, 7, 7] → GlobalAveragePool → MatMul W: [1280, 1000] + b).
/// The maps are exposed as an extra output (<see cref="GraphOutputExposer"/>) and dequantised with their
/// scale and zero point; W is dequantised per class, w_ck = (q_kc − z_c)·s_c. Then
/// M_c = Σ_k w_ck · A_k (<see cref="ClassActivationMap"/>).
/// </summary>
public sealed class MobileNetCam
{
    private MobileNetCam(string mapsTensor, Quantization mapsQuantization, float[] weights, int channels, int classes, string modelName)
    {
        MapsTensor = mapsTensor;
        MapsQuantization = mapsQuantization;
        ClassWeights = weights;
        Channels = channels;
        Classes = classes;
        ModelName = modelName;
    }

    public string MapsTensor { get; }

    public Quantization MapsQuantization { get; }

    /// <summary>W: [classes, channels] row-major (the transpose of the file's [channels, classes]), dequantised.</summary>
    public float[] ClassWeights { get; }

    public int Channels { get; }

    public int Classes { get; }

    public string ModelName { get; }

    /// <exception cref="LessonException">The graph does not end in pooled maps → quantised MatMul.</exception>
    public static MobileNetCam Find(OnnxGraph graph, string modelName)
    {
        var matMul = graph.Nodes.LastOrDefault(n => n.OpType == "QLinearMatMul")
            ?? throw new LessonException(
                $"«{modelName}» не має класифікатора QLinearMatMul: карті активації класу потрібні GAP → лінійний шар.",
                $"'{modelName}' has no QLinearMatMul classifier: the class activation map needs GAP → linear layer.");
        // Walk back from the classifier's input through Reshape/Flatten to the pooling, then take the pooling's input.
        var tensor = matMul.Inputs[0];
        var producer = graph.Producer(tensor);
        while (producer is { OpType: "Reshape" or "Flatten" })
        {
            producer = graph.Producer(producer.Inputs[0]);
        }
        if (producer is not { OpType: "QLinearGlobalAveragePool" or "GlobalAveragePool" })
        {
            throw new LessonException(
                $"«{modelName}»: класифікатор не отримує глобального середнього пулінгу, тож карта активації класу не дасть у сумі його оцінку.",
                $"'{modelName}': the classifier is not fed by global average pooling, so a class activation map would not add up to its score.");
        }
        var maps = producer.Inputs[0];
        var mapsProducer = graph.Producer(maps) ?? throw new LessonException(
            $"«{modelName}»: граф не обчислює «{maps}».",
            $"'{modelName}': '{maps}' is not computed by the graph.");
        var quantization = Quantization.OfOutput(graph, mapsProducer)
            ?? throw new LessonException(
                $"«{modelName}»: останні карти ознак «{maps}» не мають сталих масштабу й нульової точки.",
                $"'{modelName}': the last maps '{maps}' have no constant scale and zero point.");
        var q = graph.Initializers[matMul.Inputs[3]];
        var scale = graph.Initializers[matMul.Inputs[4]].FloatValues();
        var zero = graph.Initializers[matMul.Inputs[5]].Int8Values();
        int channels = (int)q.Dims[0], classes = (int)q.Dims[1];
        var codes = q.Int8Values();
        var weights = new float[classes * channels];
        for (var k = 0; k < channels; k++)
        {
            for (var c = 0; c < classes; c++)
            {
                // Per-column (per-class) quantisation when scale has one value per class, else per tensor.
                var s = scale.Length == classes ? scale[c] : scale[0];
                var z = zero.Length == classes ? zero[c] : zero[0];
                weights[c * channels + k] = (codes[k * classes + c] - z) * s;
            }
        }
        return new MobileNetCam(maps, quantization, weights, channels, classes, modelName);
    }

    /// <summary>One forward pass: the last maps A: [K, H, W] (dequantised) and the logits [classes].</summary>
    public (ChwTensor Maps, float[] Logits) Run(byte[] model, PreprocessedImage input)
    {
        using var session = OnnxSession.FromBytes(model, ModelName, [MapsTensor]);
        var logitsName = session.Outputs[0];
        using var results = session.Run(input.Tensor, input.TensorShape, [logitsName, MapsTensor]);
        var logits = results[0].GetTensorDataAsSpan<float>().ToArray();
        var dims = results[1].GetTensorTypeAndShape().Shape; // [1, K, H, W], uint8 codes
        var codes = results[1].GetTensorDataAsSpan<byte>();
        var values = new float[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            values[i] = MapsQuantization.Dequantize(codes[i]);
        }
        return (new ChwTensor((int)dims[1], (int)dims[2], (int)dims[3], values), logits);
    }

    /// <summary>w_c: [K], the weights of class c.</summary>
    public ReadOnlySpan<float> WeightsOf(int classIndex) => ClassWeights.AsSpan(classIndex * Channels, Channels);
}
