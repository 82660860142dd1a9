namespace NnLesson.Vision.Classification;

/// <summary>
/// The classifier's softmax now lives in Core (<see cref="Core.Activations.Softmax"/>, the math layer); this name
/// stays only for slide 7's lesson, whose owner moves it to Core's. Delete this file once nothing calls it.
/// </summary>
public static class Softmax
{
    /// <summary>See <see cref="Core.Activations.Softmax.Stable"/>.</summary>
    public static double[] Stable(ReadOnlySpan<float> logits) => Core.Activations.Softmax.Stable(logits);
}
