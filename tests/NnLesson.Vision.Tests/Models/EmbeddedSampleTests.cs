using NnLesson.Files;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

/// <summary>
/// Defect 3 of issue 6: outside a repository checkout (an installed tool, any other folder) slides 6 and 8 had
/// no default photo. The sample photo now travels inside the program as an embedded resource.
/// </summary>
public class EmbeddedSampleTests
{
    [Fact]
    public void Without_a_repository_the_default_photo_is_the_embedded_sample_byte_for_byte()
    {
        var path = RepoLocator.PhotoOrSample(imagePath: null, repoRoot: null);

        Assert.True(File.Exists(path), path);
        Assert.Equal("sample.jpg", Path.GetFileName(path));
        Assert.Equal(Sha256File.Of(Path.Combine(RepoPaths.Root, "data", "sample.jpg")), Sha256File.Of(path));
        var photo = ImageLoader.Load(path);
        Assert.Equal((451, 300), (photo.Width, photo.Height));
    }

    [Fact]
    public void A_damaged_extracted_copy_is_replaced_by_the_real_bytes()
    {
        var path = RepoLocator.PhotoOrSample(imagePath: null, repoRoot: null);
        File.WriteAllBytes(path, [1, 2, 3]);

        var again = RepoLocator.PhotoOrSample(imagePath: null, repoRoot: null);

        Assert.Equal(Sha256File.Of(Path.Combine(RepoPaths.Root, "data", "sample.jpg")), Sha256File.Of(again));
    }

    [Fact]
    public void A_given_photo_wins_over_the_sample_even_without_a_repository()
    {
        Assert.Equal("my.jpg", RepoLocator.PhotoOrSample("my.jpg", repoRoot: null));
    }
}
