using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Transfer;

public class HeadFileTests
{
    private static TrainedHead Head()
    {
        var head = SoftmaxHead.Initial(2, 3, new Random(4));
        head.B[0] = 0.25;
        return new TrainedHead(["кіт", "dog"], new FeatureStandardizer([0.1, 0.2, 0.3], [1, 2, 0.5]), head);
    }

    [Fact]
    public void A_head_reads_back_exactly()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), HeadFile.FileName);
        var original = Head();
        HeadFile.Write(path, original, FeatureExtraction.ModelKey, new JsonObject { ["epochs"] = 5 });
        var back = HeadFile.Read(path, FeatureExtraction.ModelKey, features: 3);
        Assert.Equal(original.ClassNames, back.ClassNames);
        Assert.Equal(original.Head.W, back.Head.W);
        Assert.Equal(original.Head.B, back.Head.B);
        Assert.Equal(original.Standardizer.Std, back.Standardizer.Std);
        Assert.Equal(original.Probabilities([1f, 2f, 3f]), back.Probabilities([1f, 2f, 3f]));
    }

    [Theory]
    [InlineData("not json at all {", "is not JSON")]
    [InlineData("[1, 2]", "no \"format\"")]
    [InlineData("{\"format\": \"something-else\"}", "no \"format\"")]
    public void A_file_that_is_not_a_head_is_refused(string text, string expected)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "head.json");
        File.WriteAllText(path, text);
        Assert.Contains(expected, Assert.Throws<LessonException>(() => HeadFile.Read(path, FeatureExtraction.ModelKey, features: 3)).Message);
    }

    [Fact]
    public void A_head_of_another_model_or_with_broken_shapes_is_refused()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "head.json");
        HeadFile.Write(path, Head(), FeatureExtraction.ModelKey, []);
        var other = Assert.Throws<LessonException>(() => HeadFile.Read(path, new string('0', 64), features: 3));
        Assert.Contains("belongs to another model", other.Message);

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["bias"]!.AsArray().RemoveAt(1);
        File.WriteAllText(path, json.ToJsonString());
        Assert.Contains("\"bias\" has 1 values where 2 are needed", Assert.Throws<LessonException>(() => HeadFile.Read(path, FeatureExtraction.ModelKey, features: 3)).Message);

        Assert.Contains("was not found", Assert.Throws<LessonException>(() => HeadFile.Read(path + ".missing", FeatureExtraction.ModelKey, features: 3)).Message);
    }
}
