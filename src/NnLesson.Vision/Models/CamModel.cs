using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Files;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Onnx;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Vision.Models;

/// <summary>
/// A classifier that can show class activation maps (CAM needs global average pooling → one linear layer, as
/// MobileNetV2 has; the lecture's ResNet-18 backbone has no head): its bytes, the head found in its graph
/// (<see cref="MobileNetCam"/>) and its class names.
/// </summary>
public sealed record CamModel(MobileNetCam Head, byte[] Model, string[] Labels)
{
    /// <summary>One forward pass: the last maps A: [K, 7, 7] (dequantised) and the logits [classes].</summary>
    public (ChwTensor Maps, float[] Logits) Run(PreprocessedImage input) => Head.Run(Model, input);

    /// <summary>
    /// The first model that can show class activation maps: the one <see cref="ModelResolver.Resolve(string?, string?)"/>
    /// picks, then every <c>*.onnx</c> of its search folders by name. A model without the GAP → linear head, one that
    /// is not ONNX, or one without labels beside it is passed over: it simply cannot draw the maps. Null when none can.
    /// </summary>
    public static CamModel? FindFirst()
    {
        foreach (var candidate in Candidates())
        {
            if (TryOpen(candidate) is { } model)
            {
                return model;
            }
        }
        return null;
    }

    private static CamModel? TryOpen(ModelLocation candidate)
    {
        var labelsPath = candidate.LabelsPath ?? ImageNetLabels.FindBeside(candidate.ModelPath);
        if (labelsPath is null || RegularFile.KindOf(candidate.ModelPath) != FileKind.Regular)
        {
            return null;
        }
        try
        {
            var bytes = File.ReadAllBytes(candidate.ModelPath);
            var head = MobileNetCam.Find(OnnxGraph.Parse(bytes), candidate.ModelName);
            return new CamModel(head, bytes, ImageNetLabels.Load(labelsPath));
        }
        catch (Exception e) when (e is LessonException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null; // no GAP → linear head, not ONNX, or unreadable: the next candidate may do
        }
    }

    private static IEnumerable<ModelLocation> Candidates()
    {
        if (ModelResolver.Resolve(null) is { } resolved)
        {
            yield return resolved;
        }
        if (RepoLocator.FindRepoRoot() is { } root)
        {
            foreach (var (folder, source) in ModelResolver.SearchFolders(root).Where(f => Directory.Exists(f.Folder)))
            {
                foreach (var file in Directory.GetFiles(folder, "*.onnx").Order(StringComparer.Ordinal))
                {
                    yield return new ModelLocation(file, ImageNetLabels.FindBeside(file), source);
                }
            }
        }
    }
}
