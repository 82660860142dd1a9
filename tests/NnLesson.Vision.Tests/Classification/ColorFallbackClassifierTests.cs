using NnLesson.Vision.Classification;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Classification;

public class ColorFallbackClassifierTests
{
    private readonly ColorFallbackClassifier _fallback = new();

    [Fact]
    public void Mean_colour_is_the_per_channel_average()
    {
        var twoPixels = TestImages.Generate(2, 1, (x, _) => x == 0 ? ((byte)0, (byte)0, (byte)0) : ((byte)255, (byte)100, (byte)50));
        Assert.Equal((127.5, 50.0, 25.0), ColorFallbackClassifier.MeanColor(twoPixels));
    }

    [Theory]
    [InlineData(230, 20, 20, "red")]
    [InlineData(250, 250, 250, "white")]
    [InlineData(5, 5, 5, "black")]
    [InlineData(120, 125, 130, "grey")]
    [InlineData(20, 60, 230, "blue")]
    [InlineData(60, 180, 70, "green")]
    [InlineData(250, 220, 30, "yellow")]
    public void Flat_images_get_their_colour_name(byte r, byte g, byte b, string expected)
    {
        var result = _fallback.Classify(TestImages.Solid(8, 8, r, g, b), 3);
        Assert.Equal(expected, result.Top[0].Label);
        Assert.Equal(("fallback", "dominant-colour"), (result.Backend, result.Model));
    }

    [Fact]
    public void Every_reference_colour_is_its_own_class_and_scores_sum_to_one()
    {
        for (var k = 0; k < ColorFallbackClassifier.Classes.Count; k++)
        {
            var c = ColorFallbackClassifier.Classes[k];
            var result = _fallback.Classify(TestImages.Solid(4, 4, c.R, c.G, c.B), 100);
            Assert.Equal((k, c.Name), (result.Top[0].Index, result.Top[0].Label));
            Assert.Equal(ColorFallbackClassifier.Classes.Count, result.Top.Count);
            Assert.Equal(1.0, result.Top.Sum(p => p.Probability), 12);
        }
    }

    [Fact]
    public void Cielab_matches_published_values()
    {
        // sRGB red (255, 0, 0) is L*a*b* (53.24, 80.09, 67.20); white is (100, 0, 0) (e.g. Bruce Lindbloom's calculator).
        var red = CieLab.FromSrgb(255, 0, 0);
        Tolerance.AllClose([red.L, red.A, red.B], [53.24, 80.09, 67.20], atol: 0.02, rtol: 0, "Lab of red");
        var white = CieLab.FromSrgb(255, 255, 255);
        Tolerance.AllClose([white.L, white.A, white.B], [100, 0, 0], atol: 0.01, rtol: 0, "Lab of white");
    }
}
