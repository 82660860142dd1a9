using Microsoft.ML.OnnxRuntime;
using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Images;
using NnLesson.Vision.Onnx;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Vision.Classification;

/// <summary>
/// A pretrained ImageNet-1k CNN (ResNet-18, MobileNetV2, …) run by ONNX Runtime on the CPU.
/// photo → <see cref="ImageNetPreprocessing"/> → input [1, 3, 224, 224] NCHW float32 → network →
/// logits [1, 1000] → <see cref="Softmax.Stable"/> → top-k with <see cref="ImageNetLabels"/>.
/// </summary>
/// <remarks>
/// Any ONNX file with one float image input [batch or 1, 3, 224 or dynamic, 224 or dynamic] and 1000
/// scores per image works; the input and output names are read from the model. Anything else (a
/// detector, a 10-class CIFAR net, a corrupt file) is refused with a one-line <see cref="LessonException"/>.
/// One <see cref="OnnxSession"/> is opened and reused for every image (opening it is the slow part).
/// </remarks>
public sealed class OnnxImageClassifier : IImageClassifier
{
    public const string BackendName = "onnx";

    private readonly OnnxSession _session;
    private readonly string[] _outputNames;

    private OnnxImageClassifier(OnnxSession session, string modelPath, string outputName, string[] labels, string labelsPath)
    {
        _session = session;
        _outputNames = [outputName];
        ModelPath = modelPath;
        ModelName = Path.GetFileNameWithoutExtension(modelPath);
        Labels = labels;
        LabelsPath = labelsPath;
    }

    public string Backend => BackendName;

    public string ModelName { get; }

    public string ModelPath { get; }

    public string LabelsPath { get; }

    /// <summary>Class names by output index: [1000].</summary>
    public IReadOnlyList<string> Labels { get; }

    public string InputName => _session.Input;

    public string OutputName => _outputNames[0];

    /// <summary>
    /// Opens <paramref name="modelPath"/> and checks it is an ImageNet classifier. Labels come from
    /// <paramref name="labelsPath"/>, else from imagenet_classes.txt / synset_words.txt beside the model.
    /// </summary>
    public static OnnxImageClassifier Open(string modelPath, string? labelsPath = null)
    {
        if (string.IsNullOrWhiteSpace(modelPath))
        {
            throw new LessonException(
                "Шлях до моделі не вказано.",
                "No model path was given.");
        }
        if (Directory.Exists(modelPath))
        {
            throw new LessonException(
                $"Шлях до моделі «{modelPath}» — це папка; вкажіть файл .onnx.",
                $"Model path '{modelPath}' is a folder; pass the .onnx file.");
        }
        if (!File.Exists(modelPath))
        {
            throw new LessonException(
                $"Модель «{modelPath}» не знайдено.",
                $"Model '{modelPath}' was not found.");
        }
        RegularFile.Require(modelPath, "Model"); // ONNX Runtime's open() would block on a FIFO
        if (labelsPath is not null)
        {
            RegularFile.Require(labelsPath, "Labels file");
        }
        var labelsFile = labelsPath ?? ImageNetLabels.FindBeside(modelPath)
            ?? throw new LessonException(
                $"Для моделі «{modelPath}» немає назв класів: покладіть поруч із нею {ImageNetLabels.FileNames[0]} або вкажіть --labels ШЛЯХ.",
                $"No labels for model '{modelPath}': put {ImageNetLabels.FileNames[0]} beside it or pass --labels PATH.");

        var session = OnnxSession.Open(modelPath);
        try
        {
            var output = CheckIsImageNetClassifier(session, modelPath);
            var labels = ImageNetLabels.Load(labelsFile);
            return new OnnxImageClassifier(session, Path.GetFullPath(modelPath), output, labels, Path.GetFullPath(labelsFile));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public ClassificationResult Classify(RgbImage image, int top) => Classify(ImageNetPreprocessing.Run(image), top);

    public ClassificationResult Classify(PreprocessedImage input, int top)
    {
        var probabilities = Softmax.Stable(Logits(input));
        return new ClassificationResult(Backend, ModelName, TopPredictions.Select(probabilities, Labels, top));
    }

    /// <summary>Runs the network: input.Tensor [1, 3, 224, 224] → logits [1000] (raw scores before softmax).</summary>
    public float[] Logits(PreprocessedImage input)
    {
        float[] logits;
        using (var outputs = _session.Run(input.Tensor, input.TensorShape, _outputNames))
        {
            logits = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        }
        if (logits.Length != ImageNetLabels.ClassCount)
        {
            throw new LessonException(
                $"Модель «{ModelName}» повернула {logits.Length} оцінок, а класифікатор ImageNet повертає {ImageNetLabels.ClassCount}.",
                $"Model '{ModelName}' returned {logits.Length} scores; an ImageNet classifier returns {ImageNetLabels.ClassCount}.");
        }
        if (logits.Any(z => !float.IsFinite(z)))
        {
            throw new LessonException(
                $"Модель «{ModelName}» повернула нескінченні оцінки (NaN або ∞); файл моделі, мабуть, пошкоджений.",
                $"Model '{ModelName}' returned non-finite scores (NaN or ∞); the model file is probably damaged.");
        }
        return logits;
    }

    public void Dispose() => _session.Dispose();

    /// <summary>Reads the input and output from the model's metadata and checks they are an image in, 1000 scores out; returns the output's name.</summary>
    private static string CheckIsImageNetClassifier(OnnxSession session, string modelPath)
    {
        var notClassifier = $"'{modelPath}' is not an ImageNet image classifier:";
        var notClassifierUk = $"«{modelPath}» — не класифікатор зображень ImageNet:";
        if (session.InputMetadata.Count != 1)
        {
            throw new LessonException(
                $"{notClassifierUk} входів у неї {session.InputMetadata.Count}; очікується один вхід-зображення [пакет, 3, 224, 224].",
                $"{notClassifier} it has {session.InputMetadata.Count} inputs; expected one image input [batch, 3, 224, 224].");
        }
        var (inputName, input) = session.InputMetadata.First();
        var dims = input.IsTensor ? input.Dimensions : [];
        var imageLike = input.IsTensor && input.ElementType == typeof(float) && dims.Length == 4
            && dims[0] is -1 or 1 && dims[1] is -1 or 3 && dims[2] is -1 or ImageNetPreprocessing.CropSize && dims[3] is -1 or ImageNetPreprocessing.CropSize;
        if (!imageLike)
        {
            throw new LessonException(
                $"{notClassifierUk} її вхід «{inputName}» — {Describe(input)}; очікується float [пакет, 3, 224, 224] (NCHW).",
                $"{notClassifier} its input '{inputName}' is {Describe(input)}; expected float [batch, 3, 224, 224] (NCHW).");
        }
        if (session.OutputMetadata.Count == 0)
        {
            throw new LessonException(
                $"{notClassifierUk} у неї немає виходів.",
                $"{notClassifier} it has no outputs.");
        }
        var (outputName, output) = session.OutputMetadata.First();
        // Scores per image = product of the non-batch dimensions ([N, 1000] or [N, 1000, 1, 1]); -1 is checked when it runs.
        var outDims = output.IsTensor ? output.Dimensions : [];
        var perImage = outDims.Skip(1).Aggregate(1L, (p, d) => d < 0 || p < 0 ? -1 : p * d);
        var scoresLike = output.IsTensor && output.ElementType == typeof(float) && outDims.Length >= 2
            && (perImage == ImageNetLabels.ClassCount || perImage < 0);
        if (!scoresLike)
        {
            throw new LessonException(
                $"{notClassifierUk} її вихід «{outputName}» — {Describe(output)}; очікуються оцінки класів float [пакет, {ImageNetLabels.ClassCount}].",
                $"{notClassifier} its output '{outputName}' is {Describe(output)}; expected float [batch, {ImageNetLabels.ClassCount}] class scores.");
        }
        return outputName;
    }

    private static string Describe(NodeMetadata node) => node.IsTensor
        ? $"{ElementName(node.ElementType)} [{string.Join(", ", node.Dimensions.Select((d, i) => d < 0 ? (node.SymbolicDimensions.ElementAtOrDefault(i) is { Length: > 0 } s ? s : "?") : d.ToString()))}]"
        : node.OnnxValueType.ToString();

    private static string ElementName(Type type) =>
        type == typeof(float) ? "float32" : type == typeof(double) ? "float64" : type.Name.ToLowerInvariant();
}
