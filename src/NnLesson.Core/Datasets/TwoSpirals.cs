namespace NnLesson.Core.Datasets;

/// <summary>
/// Two interleaved spiral arms (the classic hard toy problem):
///   s ∈ [0, 1] evenly spaced,  r = Radius · s,  θ = 2π · Turns · s + π · label,
///   point = (r cos θ, r sin θ)
/// so arm 1 is arm 0 turned by half a revolution; balanced arms, then Gaussian noise with standard
/// deviation <c>noise</c>. Neighbouring arms are Radius / (2 · Turns) = 1 apart, so noise 0.2 blurs
/// but does not merge them; near the centre the arms meet and some overlap is unavoidable.
/// </summary>
internal static class TwoSpirals
{
    public const double Radius = 2.5;

    public const double Turns = 1.25;

    public static Dataset2D Generate(int samples, double noise, Random random)
    {
        PointSetBuilder.Validate(samples, noise);
        var arm0 = samples / 2;
        var arm1 = samples - arm0;
        var builder = new PointSetBuilder(samples);
        AddArm(builder, arm0, 0);
        AddArm(builder, arm1, 1);
        return builder.Build(noise, random);
    }

    private static void AddArm(PointSetBuilder builder, int count, int label)
    {
        for (var i = 0; i < count; i++)
        {
            var s = PointSetBuilder.Linspace(0, 1, count, i);
            var r = Radius * s;
            var theta = 2 * Math.PI * Turns * s + Math.PI * label;
            builder.Add(r * Math.Cos(theta), r * Math.Sin(theta), label);
        }
    }
}
