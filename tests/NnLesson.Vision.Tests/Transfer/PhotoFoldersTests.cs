using NnLesson.Core;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Transfer;

public class PhotoFoldersTests
{
    [SharedFact]
    public void The_tutorial_layout_gives_sorted_classes_and_fixed_subsets()
    {
        var data = PhotoFolders.Scan(TeachData.Hymenoptera);
        Assert.Equal(["ants", "bees"], data.Classes);
        Assert.True(data.HasValidationFolder);
        Assert.Equal(398, data.Photos.Count);
        Assert.Equal(245, data.Photos.Count(p => p.Subset == PhotoSubset.Train));
        Assert.Equal(70, data.Photos.Count(p => p.Subset == PhotoSubset.Validation && p.Class == 0));
    }

    [SharedFact]
    public void The_flat_layout_is_unassigned()
    {
        var data = PhotoFolders.Scan(TeachData.SmallCopy(3));
        Assert.False(data.HasValidationFolder);
        Assert.All(data.Photos, p => Assert.Equal(PhotoSubset.Unassigned, p.Subset));
        Assert.Equal(6, data.Photos.Count);
    }

    [SharedFact]
    public void Bad_folders_are_refused_with_one_clear_line()
    {
        var root = RepoPaths.NewTempFolder();
        Assert.Contains("was not found", Refused(Path.Combine(root, "missing")));
        File.WriteAllText(Path.Combine(root, "file.txt"), "x");
        Assert.Contains("is a file", Refused(Path.Combine(root, "file.txt")));

        var noClasses = Directory.CreateDirectory(Path.Combine(root, "none")).FullName;
        File.WriteAllText(Path.Combine(noClasses, "photo.jpg"), "x");
        Assert.Contains("no class folders", Refused(noClasses));

        var one = Directory.CreateDirectory(Path.Combine(root, "one")).FullName;
        Directory.CreateDirectory(Path.Combine(one, "cats"));
        Assert.Contains("one class only", Refused(one));

        var empty = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName;
        Directory.CreateDirectory(Path.Combine(empty, "cats"));
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(empty, "dogs")).FullName, "a.jpg"), "x");
        Assert.Contains("Class 'cats' has no photos", Refused(empty));

        var many = Directory.CreateDirectory(Path.Combine(root, "many")).FullName;
        for (var i = 0; i <= PhotoFolders.MaxClasses; i++)
        {
            Directory.CreateDirectory(Path.Combine(many, $"c{i:000}"));
        }
        Assert.Contains("101 class folders; at most 100", Refused(many));

        var strayValidation = TeachData.SmallCopy(1, Directory.CreateDirectory(Path.Combine(root, "stray", "train")).FullName);
        Directory.CreateDirectory(Path.Combine(root, "stray", "val", "wasps"));
        Assert.Contains("validation class with no training folder", Refused(Path.Combine(root, "stray")));
        Assert.NotNull(strayValidation);
    }

    private static string Refused(string path)
    {
        var error = Assert.Throws<LessonException>(() => PhotoFolders.Scan(path));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
