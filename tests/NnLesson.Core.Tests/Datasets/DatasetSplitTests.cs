using NnLesson.Core.Datasets;

namespace NnLesson.Core.Tests.Datasets;

public class DatasetSplitTests
{
    [Fact]
    public void An_80_20_split_keeps_every_point_exactly_once()
    {
        var data = TwoMoons.Generate(250, 0.2, new Random(2));
        var split = data.Split(0.2, new Random(9));
        Assert.Equal(200, split.Train.Count);
        Assert.Equal(50, split.Validation.Count);
        var original = Rows(data).OrderBy(r => r).ToList();
        var together = Rows(split.Train).Concat(Rows(split.Validation)).OrderBy(r => r).ToList();
        Assert.Equal(original, together); // same points with the same labels, none lost, none doubled
    }

    [Fact]
    public void The_split_is_shuffled_and_reproducible_per_seed()
    {
        var data = TwoMoons.Generate(100, 0.2, new Random(2));
        var a = data.Split(0.2, new Random(9));
        var b = data.Split(0.2, new Random(9));
        var c = data.Split(0.2, new Random(10));
        Assert.Equal(a.Validation.X.Data, b.Validation.X.Data);
        Assert.NotEqual(a.Validation.X.Data, c.Validation.X.Data);
        // Not simply the last 20 points in order.
        Assert.NotEqual(data.X.Data.AsSpan(80 * 2).ToArray(), a.Validation.X.Data);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_fraction_outside_0_to_1_is_refused(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoMoons.Generate(10, 0, new Random(1)).Split(fraction, new Random(1)));

    private static IEnumerable<string> Rows(Dataset2D data) =>
        Enumerable.Range(0, data.Count).Select(i => $"{data.X[i, 0]:R} {data.X[i, 1]:R} {data.Labels[i]}");
}
