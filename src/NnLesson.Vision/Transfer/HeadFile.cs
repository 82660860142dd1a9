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

    /// <summary>Reads and checks a head file; <paramref name="modelKey"/> is the key of the backbone on this machine.</summary>
    /// <exception cref="LessonException">Missing, not JSON, not a head file, inconsistent, or for another model.</exception>
    public static TrainedHead Read(string path, string modelKey)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LessonException("No head file was given.");
        }
        if (Directory.Exists(path))
        {
            throw new LessonException($"'{path}' is a folder; pass the head.json that 'nnlesson teach' wrote.");
        }
        if (!File.Exists(path))
        {
            throw new LessonException($"Head file '{path}' was not found.");
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Cannot read head file '{path}': {e.Message}", e);
        }
        return FromText(text, path, modelKey);
    }

    /// <summary>The checks of <see cref="Read"/> on a head file's text already in memory (the playground's import); <paramref name="path"/> names it.</summary>
    /// <exception cref="LessonException">Not JSON, not a head file, inconsistent, or for another model.</exception>
    public static TrainedHead FromText(string text, string path, string modelKey)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new LessonException($"'{path}' is not a head file: it is not JSON (make one with 'nnlesson teach DATA').");
        }
        if (root is not JsonObject json || (string?)Value(json["format"]) != Format)
        {
            throw new LessonException($"'{path}' is not a head file: no \"format\": \"{Format}\" (make one with 'nnlesson teach DATA').");
        }
        try
        {
            return Parse(json, path, modelKey);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or ArgumentException or IndexOutOfRangeException)
        {
            throw new LessonException($"Head file '{path}' is damaged: {e.Message}");
        }
    }

    private static TrainedHead Parse(JsonObject json, string path, string modelKey)
    {
        var version = (int?)Value(json["version"]);
        if (version != Version)
        {
            throw new LessonException($"Head file '{path}' has version {version?.ToString() ?? "none"}; this program reads version {Version}.");
        }
        var fileModel = (string?)Value(json["model"]?["sha256"]);
        if (!string.Equals(fileModel, modelKey, StringComparison.Ordinal))
        {
            throw new LessonException(
                $"Head file '{path}' belongs to another model (sha256 {Short(fileModel)}, this ResNet-18 is {Short(modelKey)}): train it again with 'nnlesson teach DATA'.");
        }
        var classes = json["classes"]!.AsArray().Select(c => (string)c!).ToArray();
        var mean = Doubles(json["standardization"]!["mean"]!);
        var std = Doubles(json["standardization"]!["std"]!);
        var rows = json["weights"]!.AsArray().Select(r => Doubles(r!)).ToArray();
        var bias = Doubles(json["bias"]!);
        var d = mean.Length;
        if (classes.Length < 2 || classes.Any(string.IsNullOrEmpty) || rows.Length != classes.Length || bias.Length != classes.Length
            || d == 0 || std.Length != d || rows.Any(r => r.Length != d) || std.Any(s => !(s > 0)))
        {
            throw new LessonException(
                $"Head file '{path}' is damaged: {classes.Length} classes, weights [{rows.Length}, {rows.FirstOrDefault()?.Length ?? 0}], bias [{bias.Length}], mean [{d}], std [{std.Length}] do not fit together.");
        }
        var head = new SoftmaxHead(classes.Length, d);
        for (var k = 0; k < rows.Length; k++)
        {
            rows[k].CopyTo(head.W, k * d);
        }
        bias.CopyTo(head.B, 0);
        return new TrainedHead(classes, new FeatureStandardizer(mean, std), head);
    }

    private static double[] Doubles(JsonNode node)
    {
        var values = node.AsArray().Select(v => (double)v!).ToArray();
        if (!values.All(double.IsFinite))
        {
            throw new FormatException("a number is not finite");
        }
        return values;
    }

    private static JsonValue? Value(JsonNode? node) => node as JsonValue;

    private static string Short(string? sha) => sha is { Length: >= 12 } ? sha[..12] + "…" : sha ?? "none";

    private static JsonArray Array(double[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
