using System.Reflection;
using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Vision.Models;

/// <summary>
/// The lecture's ResNet-18, ImageNet-pretrained, from the NuGet package
/// <c>Microsoft.ML.DnnImageFeaturizer.ResNet18</c> 0.23.1 (MIT) that restore downloads into the NuGet
/// folder (a <c>PackageDownload</c> item in NnLesson.Vision.csproj). Two ONNX files:
/// <list type="bullet">
/// <item><see cref="BackboneFile"/>: the backbone without the 1000-class head (CNTK 2.6 export, opset 8),
/// input <c>Input247</c> <c>[1, 3, 224, 224]</c> BGR on 0…255 minus the mean image, output
/// <c>Pooling395_Output_0</c> <c>[1, 512, 1, 1]</c>;</item>
/// <item><see cref="PreprocessFile"/>: RGB → BGR, then minus a per-pixel mean image <c>[1, 3, 224, 224]</c>.</item>
/// </list>
/// Both are verified by SHA-256 before first use (a stamp in the user's cache folder spares re-hashing an unchanged
/// file on the next run): a truncated or altered file is refused.
/// </summary>
public sealed record ResNet18Package(string BackboneFile, string PreprocessFile, string PackageFolder)
{
    public const string PackageId = "microsoft.ml.dnnimagefeaturizer.resnet18";
    public const string Version = "0.23.1";
    public const string BackboneRelative = "tools/DnnImageModels/ResNet18Onnx/ResNet18.onnx";
    public const string PreprocessRelative = "tools/DnnImageModels/ResNetPrepOnnx/ResNetPreprocess.onnx";
    public const long BackboneBytes = 63_653_533;
    public const string BackboneSha256 = "e2552f19db2dfdb01b3669537b6a0f1b44da38d18279535492ed5dfc2ef1ff8f";
    public const string PreprocessSha256 = "84bf8def78d0befaa3f6e73745d57d7016c6a192ead76f79686bd438c1047004";

    /// <summary>The backbone's graph input and output names.</summary>
    public const string InputName = "Input247";
    public const string OutputName = "Pooling395_Output_0";

    /// <summary>Where it is said to come from, for <c>model list</c> and messages.</summary>
    public const string Origin = "NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1 (MIT)";

    private static readonly Lock VerifyLock = new();
    private static readonly HashSet<string> VerifiedFiles = new(StringComparer.Ordinal);

    /// <summary>
    /// The NuGet package roots to search, in order: <c>NUGET_PACKAGES</c>, the root restore used when
    /// this program was built, then the user's default <c>~/.nuget/packages</c>.
    /// </summary>
    public static IReadOnlyList<string> PackageRoots()
    {
        var roots = new List<string>();
        void Add(string? root)
        {
            if (!string.IsNullOrWhiteSpace(root))
            {
                var full = Path.GetFullPath(root);
                if (!roots.Contains(full, StringComparer.Ordinal))
                {
                    roots.Add(full);
                }
            }
        }
        Add(Environment.GetEnvironmentVariable("NUGET_PACKAGES"));
        Add(typeof(ResNet18Package).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home))
        {
            Add(Path.Combine(home, ".nuget", "packages"));
        }
        return roots;
    }

    /// <summary>The package in the first root that holds both files, or null (not restored on this machine).</summary>
    public static ResNet18Package? Find() => Find(PackageRoots());

    /// <summary>The same search over <paramref name="roots"/> (tests pass temporary folders).</summary>
    public static ResNet18Package? Find(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            var folder = Path.Combine(root, PackageId, Version);
            var backbone = Path.Combine(folder, BackboneRelative);
            var preprocess = Path.Combine(folder, PreprocessRelative);
            if (File.Exists(backbone) && File.Exists(preprocess))
            {
                return new ResNet18Package(backbone, preprocess, folder);
            }
        }
        return null;
    }

    /// <summary>The package, or a clear error saying how to get it.</summary>
    /// <exception cref="LessonException">Not found.</exception>
    public static ResNet18Package Require() =>
        Find() ?? throw new LessonException(
            $"ResNet-18 не знайдено в папці NuGet ({string.Join(", ", PackageRoots())}): один раз виконайте `dotnet restore` у репозиторії (він завантажить {Origin}).",
            $"ResNet-18 not found in the NuGet folder ({string.Join(", ", PackageRoots())}): run 'dotnet restore' in the repository once (it downloads {Origin}).");

    /// <summary>
    /// Checks both files' SHA-256 before first use: once per process, and across runs through a stamp in the user's
    /// cache folder (<see cref="VerificationStamps"/>; <c>$NNLESSON_CACHE</c> or <c>~/.cache/nnlesson</c>), which
    /// stays valid while the file keeps its size and last-write time. Returns this package.
    /// </summary>
    /// <param name="cacheRoot">Where the stamps live; null for the default cache folder (tests pass a temporary one).</param>
    /// <exception cref="LessonException">A file differs from the published one (truncated or altered).</exception>
    public ResNet18Package Verified(string? cacheRoot = null)
    {
        var stamps = new VerificationStamps(cacheRoot ?? Transfer.FeatureCache.DefaultRoot());
        Verify(BackboneFile, BackboneSha256, stamps);
        Verify(PreprocessFile, PreprocessSha256, stamps);
        return this;
    }

    private static void Verify(string file, string expected, VerificationStamps stamps)
    {
        lock (VerifyLock)
        {
            if (VerifiedFiles.Contains(file))
            {
                return;
            }
            if (!stamps.IsVerified(file, expected))
            {
                var actual = Sha256File.Of(file);
                if (!string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    throw new LessonException(
                        $"{file} пошкоджений або змінений (sha256 {actual[..12]}…, а очікується {expected[..12]}…): видаліть папку {Path.GetDirectoryName(file)} і виконайте `dotnet restore`.",
                        $"{file} is damaged or altered (sha256 {actual[..12]}…, expected {expected[..12]}…): delete the folder {Path.GetDirectoryName(file)} and run 'dotnet restore'.");
                }
                stamps.Record(file, expected);
            }
            VerifiedFiles.Add(file);
        }
    }
}
