using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;
using NnLesson.Files;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// <c>head.json</c>: a trained head that <c>classify --head</c> and <c>slide6 --head</c> load to put new photos
/// into the user's classes.
/// <code>
/// { "format": "nnlesson-head", "version": 1, "classes": ["ants", "bees"],
///   "model": { "name": …, "sha256": …, "features": 512 },        which backbone the features came from
///   "preprocessing": { "resize_shorter_side": 256, "center_crop": 224, "pixels": …, "features": … },
///   "standardization": { "mean": [512], "std": [512] },
///   "weights": [[512], [512]],  "bias": [2],                      W: [K, D], b: [K]
///   "training": { …how it was trained, for the record… } }
/// </code>
/// A file from another backbone (other <c>model.sha256</c>) is refused: its weights mean nothing for these features.
/// </summary>
public static class HeadFile
{
    public const string FileName = "head.json";
    public const string Format = "nnlesson-head";
    public const int Version = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject ToJson(TrainedHead trained, string modelKey, JsonObject training)
    {
        var head = trained.Head;
        return new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["classes"] = new JsonArray([.. trained.ClassNames.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["model"] = new JsonObject
            {
                ["name"] = ResNet18Package.Origin,
                ["sha256"] = modelKey,
                ["backbone_sha256"] = ResNet18Package.BackboneSha256,
                ["preprocess_sha256"] = ResNet18Package.PreprocessSha256,
                ["features"] = head.Features,
            },
            ["preprocessing"] = new JsonObject
            {
                ["resize_shorter_side"] = 256,
                ["center_crop"] = 224,
                ["pixels"] = "RGB 0..255 → ResNetPreprocess.onnx (RGB → BGR, minus the mean image)",
                ["features"] = "global average pool [512] of the last feature maps, divided by its L2 norm, then standardised",
            },
            ["standardization"] = new JsonObject
            {
                ["mean"] = Array(trained.Standardizer.Mean),
                ["std"] = Array(trained.Standardizer.Std),
            },
            ["weights"] = new JsonArray([.. Enumerable.Range(0, head.Classes).Select(k => (JsonNode)Array(head.ClassWeights(k).ToArray()))]),
            ["bias"] = Array(head.B),
            ["training"] = training,
        };
    }

    /// <summary>Writes the head atomically.</summary>
    public static void Write(string path, TrainedHead trained, string modelKey, JsonObject training) =>
        AtomicFile.WriteAllText(path, ToJson(trained, modelKey, training).ToJsonString(Indented) + "\n");

    /// <summary>
    /// The largest head file read (8 MB): a real one is 58 KB, and 100 classes × 512 weights stay under 2 MB.
    /// </summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    /// <summary>
    /// Reads and checks a head file; <paramref name="modelKey"/> is the key of the backbone on this machine and
    /// <paramref name="features"/> the number of features it gives (D). The file passes <see cref="DataFile"/>'s
    /// regular-file and size checks before it is read; the JSON passes <see cref="HeadValidation"/>.
    /// </summary>
    /// <exception cref="LessonException">Missing, not regular, too large, not JSON, not a head file, damaged (one line naming the field), or for another model.</exception>
    public static TrainedHead Read(string path, string modelKey, int features = ResNet18FeatureExtractor.FeatureCount)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LessonException("Файл голови не вказано.", "No head file was given.");
        }
        if (Directory.Exists(path))
        {
            throw new LessonException(
                $"«{path}» — це папка; вкажіть head.json, який записала команда `nnlesson teach`.",
                $"'{path}' is a folder; pass the head.json that 'nnlesson teach' wrote.");
        }
        if (!File.Exists(path))
        {
            throw new LessonException($"Файл голови «{path}» не знайдено.", $"Head file '{path}' was not found.");
        }
        var bytes = DataFile.ReadAllBytes(path, FileRole.Head, MaxFileBytes);
        string text;
        // UTF-8 with or without a BOM, or UTF-16 with one, as File.ReadAllText read it before.
        using (var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }
        return FromText(text, path, modelKey, features);
    }

    /// <summary>The checks of <see cref="Read"/> on a head file's text already in memory (the playground's import); <paramref name="path"/> names it.</summary>
    /// <exception cref="LessonException">Not JSON, not a head file, inconsistent, or for another model.</exception>
    public static TrainedHead FromText(string text, string path, string modelKey, int features = ResNet18FeatureExtractor.FeatureCount)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new LessonException(
                $"«{path}» — не файл голови: це не JSON (його створює `nnlesson teach DATA`).",
                $"'{path}' is not a head file: it is not JSON (make one with 'nnlesson teach DATA').");
        }
        if (root is not JsonObject json || json["format"] is not JsonValue format || format.GetValueKind() != JsonValueKind.String
            || format.GetValue<string>() != Format)
        {
            throw new LessonException(
                $"«{path}» — не файл голови: немає \"format\": \"{Format}\" (його створює `nnlesson teach DATA`).",
                $"'{path}' is not a head file: no \"format\": \"{Format}\" (make one with 'nnlesson teach DATA').");
        }
        return HeadValidation.Parse(json, path, modelKey, features);
    }

    private static JsonArray Array(double[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
