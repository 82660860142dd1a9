namespace NnLesson.Vision.Classification;

/// <summary>
/// A classifier's answer for one image: which backend ran ("onnx" or "fallback"), which model
/// (file name without .onnx, or "dominant-colour"), and the top-k classes, most probable first.
/// </summary>
public sealed record ClassificationResult(string Backend, string Model, IReadOnlyList<Prediction> Top);
