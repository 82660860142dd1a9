using NnLesson.Core;

namespace NnLesson.Slides.Tests.Running;

public class OutputFolderTests
{
    [Fact]
    public void Creates_a_missing_folder_and_leaves_no_probe_behind()
    {
        var folder = Path.Combine(RepoPaths.NewTempFolder(), "a", "b");
        var full = OutputFolder.Prepare(folder);
        Assert.True(Directory.Exists(full));
        Assert.Empty(Directory.GetFileSystemEntries(full));
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_a_clear_error()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "taken");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<LessonException>(() => OutputFolder.Prepare(file));
        Assert.Contains("is a file", e.Message);
    }

    [Fact]
    public void A_folder_below_a_file_cannot_be_created_and_says_why()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "taken");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<LessonException>(() => OutputFolder.Prepare(Path.Combine(file, "sub")));
        Assert.StartsWith("Cannot write to the output folder", e.Message);
    }
}
