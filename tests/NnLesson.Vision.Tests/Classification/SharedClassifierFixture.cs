using NnLesson.Vision.Classification;

namespace NnLesson.Vision.Tests.Classification;

/// <summary>One session of the shared MobileNetV2-int8 for a whole test class (opening it is the slow part).</summary>
public sealed class SharedClassifierFixture : IDisposable
{
    public OnnxImageClassifier Classifier { get; } = OnnxImageClassifier.Open(RepoPaths.SharedModel);

    public void Dispose() => Classifier.Dispose();
}
