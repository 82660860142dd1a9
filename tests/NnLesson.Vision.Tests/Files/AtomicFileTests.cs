using NnLesson.Files;

namespace NnLesson.Vision.Tests.Files;

public class AtomicFileTests
{
    [Fact]
    public void Writes_and_replaces_without_leaving_temporary_files()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "a.txt");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["a.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_folder_fails_and_leaves_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "missing", "a.txt");
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
