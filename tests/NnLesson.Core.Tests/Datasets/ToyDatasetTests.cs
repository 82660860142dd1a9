using NnLesson.Core.Datasets;

namespace NnLesson.Core.Tests.Datasets;

public class ToyDatasetTests
{
    public static TheoryData<DatasetKind> AllKinds => [DatasetKind.Moons, DatasetKind.Circles, DatasetKind.Xor, DatasetKind.Spiral];

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Same_seed_gives_identical_points_and_another_seed_different_ones(DatasetKind kind)
    {
        var a = ToyDatasets.Create(kind, 200, 0.2, new Random(5));
        var b = ToyDatasets.Create(kind, 200, 0.2, new Random(5));
        var c = ToyDatasets.Create(kind, 200, 0.2, new Random(6));
        Assert.Equal(a.X.Data, b.X.Data);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.X.Data, c.X.Data);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Classes_are_balanced_and_shapes_are_n_by_2(DatasetKind kind)
    {
        var data = ToyDatasets.Create(kind, 101, 0.1, new Random(1));
        Assert.Equal("[101, 2]", data.X.Shape);
        Assert.Equal(101, data.Count);
        Assert.Equal(51, data.CountOfClass1); // ⌊101/2⌋ = 50 of class 0, the rest class 1, as make_moons
        Assert.All(data.Labels, label => Assert.True(label is 0 or 1));
        Assert.Equal("[101, 1]", data.Targets.Shape);
    }

    [Fact]
    public void Noise_free_moons_lie_on_the_two_half_circles_of_make_moons()
    {
        // Upper moon: unit circle around (0, 0), x₂ ≥ 0. Lower moon: unit circle around (1, 0.5), x₂ ≤ 0.5.
        var data = TwoMoons.Generate(60, 0, new Random(3));
        for (var i = 0; i < data.Count; i++)
        {
            var (x1, x2) = (data.X[i, 0], data.X[i, 1]);
            if (data.Labels[i] == 0)
            {
                Tolerance.Close(x1 * x1 + x2 * x2, 1, atol: 1e-12, what: $"upper moon point {i}");
                Assert.True(x2 >= -1e-12);
            }
            else
            {
                Tolerance.Close((x1 - 1) * (x1 - 1) + (x2 - 0.5) * (x2 - 0.5), 1, atol: 1e-12, what: $"lower moon point {i}");
                Assert.True(x2 <= 0.5 + 1e-12);
            }
        }
        // Both ends of each moon are included (numpy linspace): (1, 0), (−1, 0), (0, 0.5), (2, 0.5).
        var points = Enumerable.Range(0, data.Count).Select(i => (Math.Round(data.X[i, 0], 9), Math.Round(data.X[i, 1], 9))).ToHashSet();
        Assert.Contains((1.0, 0.0), points);
        Assert.Contains((-1.0, 0.0), points);
        Assert.Contains((0.0, 0.5), points);
        Assert.Contains((2.0, 0.5), points);
    }

    [Fact]
    public void Noise_free_circles_have_radius_1_and_the_factor()
    {
        var data = ConcentricCircles.Generate(40, 0, new Random(3));
        for (var i = 0; i < data.Count; i++)
        {
            var r = Math.Sqrt(data.X[i, 0] * data.X[i, 0] + data.X[i, 1] * data.X[i, 1]);
            Tolerance.Close(r, data.Labels[i] == 0 ? 1 : ConcentricCircles.Factor, atol: 1e-12, what: $"radius of point {i}");
        }
    }

    [Fact]
    public void Xor_labels_follow_the_signs_of_the_corners()
    {
        var data = XorBlobs.Generate(40, 0, new Random(3));
        for (var i = 0; i < data.Count; i++)
        {
            var (x1, x2) = (data.X[i, 0], data.X[i, 1]);
            Assert.Equal(1, Math.Abs(x1));
            Assert.Equal(1, Math.Abs(x2));
            Assert.Equal(x1 > 0 ^ x2 > 0 ? 1 : 0, data.Labels[i]);
        }
        // All four corners are used.
        Assert.Equal(4, Enumerable.Range(0, data.Count).Select(i => (data.X[i, 0], data.X[i, 1])).Distinct().Count());
    }

    [Fact]
    public void Xor_noise_has_the_requested_standard_deviation()
    {
        // With blobs at (±1, ±1) and noise 0.2 a point's corner is sign(x) (a flip needs a 5σ draw),
        // so x − sign(x) are the noise draws: their standard deviation must be close to 0.2.
        var data = XorBlobs.Generate(20_000, 0.2, new Random(11));
        var residuals = data.X.Data.Select(v => v - Math.Sign(v)).ToArray();
        var mean = residuals.Average();
        var std = Math.Sqrt(residuals.Select(r => (r - mean) * (r - mean)).Average());
        Tolerance.Close(mean, 0, atol: 0.005, what: "noise mean");
        Tolerance.Close(std, 0.2, atol: 0.004, what: "noise standard deviation");
    }

    [Fact]
    public void Noise_free_spiral_arms_are_half_a_turn_apart()
    {
        // Arm 1 is arm 0 turned by π, i.e. every point negated; radii grow from 0 to Radius.
        var data = TwoSpirals.Generate(50, 0, new Random(3));
        var arm0 = Points(data, 0);
        var arm1 = Points(data, 1);
        Assert.Equal(arm0.Count, arm1.Count);
        foreach (var (x1, x2) in arm0)
        {
            Assert.Contains(arm1, p => Math.Abs(p.X1 + x1) < 1e-12 && Math.Abs(p.X2 + x2) < 1e-12);
        }
        var maxRadius = arm0.Max(p => Math.Sqrt(p.X1 * p.X1 + p.X2 * p.X2));
        Tolerance.Close(maxRadius, TwoSpirals.Radius, atol: 1e-12, what: "outermost radius");
    }

    [Theory]
    [InlineData(1, 0.1)]
    [InlineData(100, -0.1)]
    [InlineData(100, double.NaN)]
    public void Impossible_sizes_or_noise_are_refused(int samples, double noise) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ToyDatasets.Create(DatasetKind.Moons, samples, noise, new Random(1)));

    private static List<(double X1, double X2)> Points(Dataset2D data, int label) =>
        Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == label).Select(i => (data.X[i, 0], data.X[i, 1])).ToList();
}
