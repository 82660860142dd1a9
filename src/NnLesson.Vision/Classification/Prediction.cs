namespace NnLesson.Vision.Classification;

/// <summary>One class of a top-k answer: its index in the model's output, its name, and its softmax probability (0..1).</summary>
public sealed record Prediction(int Index, string Label, double Probability);
