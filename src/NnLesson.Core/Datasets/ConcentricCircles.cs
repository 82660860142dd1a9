namespace NnLesson.Core.Datasets;

/// <summary>
/// A small circle inside a larger one, as scikit-learn's make_circles:
///   class 0 (outer): (cos θ, sin θ),  class 1 (inner): Factor · (cos θ, sin θ),  θ evenly spaced on [0, 2π)
/// balanced halves, then Gaussian noise with standard deviation <c>noise</c>. Needs a closed boundary.
/// </summary>
internal static class ConcentricCircles
{
    /// <summary>Inner radius / outer radius. 0.5 leaves a clear ring between the classes at moderate noise.</summary>
    public const double Factor = 0.5;

    public static Dataset2D Generate(int samples, double noise, Random random)
    {
        PointSetBuilder.Validate(samples, noise);
        var outer = samples / 2;
        var inner = samples - outer;
        var builder = new PointSetBuilder(samples);
        for (var i = 0; i < outer; i++)
        {
            var theta = 2 * Math.PI * i / outer;
            builder.Add(Math.Cos(theta), Math.Sin(theta), 0);
        }
        for (var i = 0; i < inner; i++)
        {
            var theta = 2 * Math.PI * i / inner;
            builder.Add(Factor * Math.Cos(theta), Factor * Math.Sin(theta), 1);
        }
        return builder.Build(noise, random);
    }
}
