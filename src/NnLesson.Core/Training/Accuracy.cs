namespace NnLesson.Core.Training;

/// <summary>The share of points classified correctly, predicting class 1 when y = P(class 1) ≥ 0.5.</summary>
public static class Accuracy
{
    public static double Of(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels)
    {
        if (probabilities.Length != labels.Length || labels.Length == 0)
        {
            throw new ArgumentException($"Need the same positive number of probabilities and labels (got {probabilities.Length} and {labels.Length}).");
        }
        var correct = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var predicted = probabilities[i] >= 0.5 ? 1 : 0;
            correct += predicted == labels[i] ? 1 : 0;
        }
        return (double)correct / labels.Length;
    }
}
