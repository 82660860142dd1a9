using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Classification;

public class ImageNetLabelsTests
{
    [Theory]
    [InlineData("tench", "tench")]
    [InlineData("n01440764 tench, Tinca tinca", "tench")]
    [InlineData("n02123045 tabby, tabby cat", "tabby")]
    [InlineData("  great white shark\r", "great white shark")]
    [InlineData("n04310018 steam locomotive", "steam locomotive")]
    public void Lines_of_both_formats_give_the_first_name(string line, string expected)
    {
        Assert.Equal(expected, ImageNetLabels.ParseLine(line));
    }

    [SharedFact]
    public void Both_shared_files_give_the_same_1000_names_with_repeats_kept_by_index()
    {
        var classes = ImageNetLabels.Load(Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt"));
        var synset = ImageNetLabels.Load(Path.Combine(RepoPaths.Shared, "models", "ilsvrc12_synset_words.txt"));
        Assert.Equal(classes, synset);
        Assert.Equal(1000, classes.Length);
        Assert.Equal(("crane", "crane"), (classes[134], classes[517]));
        Assert.Equal(("Egyptian cat", "Samoyed"), (classes[285], classes[258]));
    }

    [Fact]
    public void Trailing_blank_lines_are_ignored_but_a_blank_line_inside_is_not()
    {
        var names = Enumerable.Range(0, 4).Select(i => $"class {i}").ToArray();
        var withTrailing = TestImages.Write("four.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", names) + "\r\n\r\n"));
        Assert.Equal(names, ImageNetLabels.Load(withTrailing, expected: 4));
        var withHole = TestImages.Write("hole.txt", "a\n\nc\nd\n"u8.ToArray());
        Assert.Contains("line 2 is empty", Assert.Throws<LessonException>(() => ImageNetLabels.Load(withHole, expected: 4)).Message);
    }

    [Fact]
    public void Missing_labels_file()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "labels.txt");
        Assert.Contains("not found", Assert.Throws<LessonException>(() => ImageNetLabels.Load(path)).Message);
    }
}
