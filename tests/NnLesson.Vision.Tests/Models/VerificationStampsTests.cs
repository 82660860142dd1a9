using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

public class VerificationStampsTests
{
    private static string NewFile(string content)
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "model.onnx");
        File.WriteAllText(file, content);
        return file;
    }

    [Fact]
    public void A_recorded_hash_holds_while_the_file_is_unchanged()
    {
        var file = NewFile("weights");
        var stamps = new VerificationStamps(RepoPaths.NewTempFolder());
        var sha = Sha256File.Of(file);
        Assert.False(stamps.IsVerified(file, sha));
        stamps.Record(file, sha);
        Assert.True(stamps.IsVerified(file, sha));
        Assert.False(stamps.IsVerified(file, new string('0', 64))); // a stamp is for one expected hash only
        Assert.Single(Directory.GetFiles(stamps.Folder)); // one small file in the cache, nothing beside the model
    }

    [Fact]
    public void A_file_that_changed_size_or_time_needs_hashing_again()
    {
        var file = NewFile("weights");
        var stamps = new VerificationStamps(RepoPaths.NewTempFolder());
        var sha = Sha256File.Of(file);
        stamps.Record(file, sha);
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(-5)); // same bytes, rewritten
        Assert.False(stamps.IsVerified(file, sha));
        stamps.Record(file, sha);
        File.AppendAllText(file, "!");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(-5)); // even with the old time back
        Assert.False(stamps.IsVerified(file, sha));
    }

    /// <summary>Fake package files in a temporary NuGet root: their bytes could never pass the real SHA-256.</summary>
    private static ResNet18Package FakePackage()
    {
        var root = RepoPaths.NewTempFolder();
        var folder = Path.Combine(root, ResNet18Package.PackageId, ResNet18Package.Version);
        foreach (var (relative, size) in new[] { (ResNet18Package.BackboneRelative, 1000), (ResNet18Package.PreprocessRelative, 10) })
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new byte[size]);
        }
        return ResNet18Package.Find([root])!;
    }

    [Fact]
    public void A_stamp_spares_the_hash_on_the_next_run()
    {
        // The stamps say the fake files are the published ones: only by trusting them can Verified pass
        // (hashing the zeros would refuse them), which is what a second `model list` does.
        var package = FakePackage();
        var cache = RepoPaths.NewTempFolder();
        var stamps = new VerificationStamps(cache);
        stamps.Record(package.BackboneFile, ResNet18Package.BackboneSha256);
        stamps.Record(package.PreprocessFile, ResNet18Package.PreprocessSha256);
        Assert.Same(package, package.Verified(cache));
    }

    [Fact]
    public void A_stamped_file_that_was_altered_afterwards_is_hashed_and_refused()
    {
        var package = FakePackage();
        var cache = RepoPaths.NewTempFolder();
        var stamps = new VerificationStamps(cache);
        stamps.Record(package.BackboneFile, ResNet18Package.BackboneSha256);
        stamps.Record(package.PreprocessFile, ResNet18Package.PreprocessSha256);
        File.AppendAllText(package.BackboneFile, "tampered");
        var error = Assert.Throws<LessonException>(() => package.Verified(cache));
        Assert.Contains("damaged or altered", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
