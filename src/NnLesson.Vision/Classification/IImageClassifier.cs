using NnLesson.Vision.Images;

namespace NnLesson.Vision.Classification;

/// <summary>Something that names what is in a photo: a pretrained CNN (<see cref="OnnxImageClassifier"/>) or the colour fallback.</summary>
public interface IImageClassifier : IDisposable
{
    /// <summary>"onnx" or "fallback".</summary>
    string Backend { get; }

    /// <summary>e.g. "mobilenetv2-12-int8" (the model file name without .onnx) or "dominant-colour".</summary>
    string ModelName { get; }

    /// <summary>The <paramref name="top"/> most probable classes of <paramref name="image"/>, most probable first.</summary>
    ClassificationResult Classify(RgbImage image, int top);
}
