namespace NnLesson.Core.Datasets;

/// <summary>
/// Two interleaving half circles, as scikit-learn's make_moons:
///   class 0 (upper moon): (cos θ, sin θ),            θ ∈ [0, π]
///   class 1 (lower moon): (1 − cos θ, 0.5 − sin θ),  θ ∈ [0, π]
/// with ⌊n/2⌋ points on the upper moon and the rest on the lower one (balanced), then Gaussian noise
/// with standard deviation <c>noise</c> on both coordinates. No straight line separates them.
/// </summary>
public static class TwoMoons
{
    public static Dataset2D Generate(int samples, double noise, Random random)
    {
        PointSetBuilder.Validate(samples, noise);
        var upper = samples / 2;
        var lower = samples - upper;
        var builder = new PointSetBuilder(samples);
        for (var i = 0; i < upper; i++)
        {
            var theta = PointSetBuilder.Linspace(0, Math.PI, upper, i);
            builder.Add(Math.Cos(theta), Math.Sin(theta), 0);
        }
        for (var i = 0; i < lower; i++)
        {
            var theta = PointSetBuilder.Linspace(0, Math.PI, lower, i);
            builder.Add(1 - Math.Cos(theta), 0.5 - Math.Sin(theta), 1);
        }
        return builder.Build(noise, random);
    }
}
