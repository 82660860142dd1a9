namespace NnLesson.Vision.Models;

/// <summary>
/// The models `nnlesson model download` can fetch. Sizes and checksums are the published ones:
/// for the ONNX Model Zoo file, from the Git LFS pointer in onnx/models
/// (vision/classification/resnet/model/resnet18-v1-7.onnx); for the class names, from pytorch/hub's
/// imagenet_classes.txt (the same bytes as ../shared/models/imagenet_classes.txt).
/// </summary>
public static class ModelCatalog
{
    /// <summary>Environment variable naming a mirror (http(s) URL or local folder) used when --source is not given.</summary>
    public const string SourceVariable = "NNLESSON_MODEL_SOURCE";

    /// <summary>ImageNet class names in index order 0..999, one per line (torchvision's list).</summary>
    public static readonly CatalogFile ImageNetLabels = new(
        "imagenet_classes.txt",
        new Uri("https://raw.githubusercontent.com/pytorch/hub/master/imagenet_classes.txt"),
        Size: 10_472,
        Sha256: "1f386e0d1cb6e28b9c2dac651c3dea6801e98ad1b41a14ce6bb1a093d72069f5");

    /// <summary>
    /// ResNet-18 v1 (He et al. 2015), the CNN of the original slide 6: input "data" [1, 3, 224, 224]
    /// float NCHW RGB, ImageNet mean/std normalisation; output [1, 1000] logits. The zoo stores the
    /// file in Git LFS, so the URL is GitHub's LFS media address (the "raw" address redirects there).
    /// </summary>
    public static readonly DownloadableModel ResNet18 = new(
        "resnet18",
        "ResNet-18 v1 (ONNX Model Zoo, fp32, ImageNet top-1 ≈ 69.9%)",
        new CatalogFile(
            "resnet18-v1-7.onnx",
            new Uri("https://media.githubusercontent.com/media/onnx/models/main/validated/vision/classification/resnet/model/resnet18-v1-7.onnx"),
            Size: 46_820_737,
            Sha256: "4e8f8653e7a2222b3904cc3fe8e304cd8b339ce1d05fd24688162f86fb6df52c"),
        ImageNetLabels);

    public static IReadOnlyList<DownloadableModel> All { get; } = [ResNet18];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    /// <summary>The model called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static DownloadableModel? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
