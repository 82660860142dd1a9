using NnLesson.Core.Transfer;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// The user's own classifier: the frozen ResNet-18 backbone, then the head that <c>nnlesson teach</c>
/// trained (<see cref="HeadFile"/>). photo → crop 224 → backbone → features [512] → f/‖f‖ → standardise →
/// softmax(W·x + b) → the user's class names.
/// </summary>
public sealed class HeadClassifier : IImageClassifier
{
    public const string BackendName = "onnx+head";

    private readonly ResNet18FeatureExtractor _extractor;

    private HeadClassifier(TrainedHead head, ResNet18FeatureExtractor extractor, string headPath)
    {
        Head = head;
        _extractor = extractor;
        HeadPath = headPath;
        ModelName = $"resnet18+{Path.GetFileNameWithoutExtension(headPath)}";
    }

    public TrainedHead Head { get; }

    public string HeadPath { get; }

    public string Backend => BackendName;

    public string ModelName { get; }

    public IReadOnlyList<string> Labels => Head.ClassNames;

    /// <summary>Reads the head (refusing one of another model), verifies ResNet-18 and opens it.</summary>
    /// <exception cref="Core.LessonException">Bad head file, missing or altered model.</exception>
    public static HeadClassifier Open(string headPath)
    {
        var package = ResNet18Package.Require();
        var head = HeadFile.Read(headPath, FeatureExtraction.ModelKey);
        package.Verified();
        return new HeadClassifier(head, ResNet18FeatureExtractor.Open(package), Path.GetFullPath(headPath));
    }

    public ClassificationResult Classify(RgbImage image, int top)
    {
        var features = _extractor.Extract(image);
        var probabilities = Head.Probabilities(features.Features);
        if (!probabilities.All(double.IsFinite))
        {
            // HeadValidation keeps the standardised features finite; weights near 1e308 can still overflow W·x + b.
            throw new NnLesson.Core.LessonException(
                $"Голова {Path.GetFileName(HeadPath)} дала нескінченні ймовірності (ваги переповнюють W·x + b): навчіть її знову командою 'nnlesson teach DATA'.",
                $"The head {Path.GetFileName(HeadPath)} gave non-finite probabilities (its weights overflow W·x + b): train it again with 'nnlesson teach DATA'.");
        }
        return new ClassificationResult(Backend, ModelName, TopPredictions.Select(probabilities, Head.ClassNames, Math.Min(top, Head.ClassNames.Count)));
    }

    public void Dispose() => _extractor.Dispose();
}
