namespace NnLesson.Vision.Inspection;

/// <summary>
/// One forward pass of the inspected model: the feature maps of the tapped layer and the model's own first
/// output from the same run (for an ImageNet classifier, Logits: [1000] before softmax).
/// </summary>
public sealed record InspectionResult(FeatureMaps Features, string OutputName, IReadOnlyList<long> OutputShape, float[] Output);
