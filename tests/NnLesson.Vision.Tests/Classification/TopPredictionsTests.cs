using NnLesson.Vision.Classification;

namespace NnLesson.Vision.Tests.Classification;

public class TopPredictionsTests
{
    [Fact]
    public void Highest_first_ties_by_lower_index_and_labels_by_index()
    {
        // "crane" twice, as in ImageNet (134 and 517): mapping by index keeps them apart.
        string[] labels = ["a", "crane", "b", "crane"];
        var top = TopPredictions.Select([0.1, 0.3, 0.3, 0.3], labels, 3);
        Assert.Equal([1, 2, 3], top.Select(p => p.Index));
        Assert.Equal(["crane", "b", "crane"], top.Select(p => p.Label));
    }

    [Fact]
    public void K_must_fit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopPredictions.Select([1.0], ["a"], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopPredictions.Select([1.0], ["a"], 2));
        Assert.Throws<ArgumentException>(() => TopPredictions.Select([1.0], ["a", "b"], 1));
    }
}
