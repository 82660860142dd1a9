using NnLesson.Core;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

public class ResNet18PackageTests
{
    [Fact]
    public void Restore_brought_the_published_model_files()
    {
        // The PackageDownload item in NnLesson.Vision.csproj runs during this very build's restore.
        var package = ResNet18Package.Find();
        Assert.NotNull(package);
        Assert.Equal(ResNet18Package.BackboneBytes, new FileInfo(package.BackboneFile).Length);
        Assert.Same(package, package.Verified());
    }

    [Fact]
    public void An_empty_root_has_no_package()
    {
        Assert.Null(ResNet18Package.Find([RepoPaths.NewTempFolder()]));
    }

    [Fact]
    public void A_truncated_backbone_is_refused_by_its_hash()
    {
        var root = RepoPaths.NewTempFolder();
        var folder = Path.Combine(root, ResNet18Package.PackageId, ResNet18Package.Version);
        var backbone = Path.Combine(folder, ResNet18Package.BackboneRelative);
        var preprocess = Path.Combine(folder, ResNet18Package.PreprocessRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(backbone)!);
        Directory.CreateDirectory(Path.GetDirectoryName(preprocess)!);
        File.WriteAllBytes(backbone, new byte[1000]);
        File.WriteAllBytes(preprocess, new byte[10]);

        var package = ResNet18Package.Find([root]);
        Assert.NotNull(package);
        var error = Assert.Throws<LessonException>(() => package.Verified());
        Assert.Contains("damaged or altered", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
