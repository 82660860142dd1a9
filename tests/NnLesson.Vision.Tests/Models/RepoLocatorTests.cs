using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

public class RepoLocatorTests
{
    [Fact]
    public void Finds_the_marker_above_a_nested_folder()
    {
        var repo = new FakeRepo();
        var deep = Path.Combine(repo.Root, "src", "a", "b");
        Directory.CreateDirectory(deep);
        Assert.Equal(repo.Root, RepoLocator.FindRepoRoot(deep));
    }

    [Fact]
    public void Null_outside_any_repository()
    {
        Assert.Null(RepoLocator.FindRepoRoot(RepoPaths.NewTempFolder()));
    }

    [Fact]
    public void From_the_test_run_it_finds_this_repository()
    {
        // The test binary lives in tests/…/bin/…, inside the clone, so the program-folder walk finds it
        // even if the current folder is elsewhere.
        Assert.Equal(RepoPaths.Root, RepoLocator.FindRepoRoot(AppContext.BaseDirectory));
        Assert.NotNull(RepoLocator.FindRepoRoot());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_photo_path_the_sample_photo_in_this_repository_is_used(string? given)
    {
        Assert.Equal(Path.Combine(RepoPaths.Root, "data", "sample.jpg"), RepoLocator.PhotoOrSample(given));
    }

    [Fact]
    public void A_given_photo_path_is_kept_as_it_is()
    {
        Assert.Equal("photos/cat.png", RepoLocator.PhotoOrSample("photos/cat.png"));
    }
}
