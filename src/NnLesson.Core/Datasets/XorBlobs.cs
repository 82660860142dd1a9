namespace NnLesson.Core.Datasets;

/// <summary>
/// The XOR problem as four Gaussian blobs at the corners (±1, ±1):
///   class 0 at (1, 1) and (−1, −1) (signs agree), class 1 at (1, −1) and (−1, 1) (signs differ),
/// the label being x₁ &gt; 0 XOR x₂ &gt; 0. Points go to the corners of their class in turn (balanced
/// classes), then every point gets Gaussian noise with standard deviation <c>noise</c> (the blob spread).
/// A single perceptron cannot solve it; one hidden layer can.
/// </summary>
internal static class XorBlobs
{
    public static Dataset2D Generate(int samples, double noise, Random random)
    {
        PointSetBuilder.Validate(samples, noise);
        var class0 = samples / 2;
        var class1 = samples - class0;
        var builder = new PointSetBuilder(samples);
        for (var i = 0; i < class0; i++)
        {
            var s = i % 2 == 0 ? 1.0 : -1.0;
            builder.Add(s, s, 0);
        }
        for (var i = 0; i < class1; i++)
        {
            var s = i % 2 == 0 ? 1.0 : -1.0;
            builder.Add(s, -s, 1);
        }
        return builder.Build(noise, random);
    }
}
