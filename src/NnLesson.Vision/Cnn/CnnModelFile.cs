using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Cnn.Training;
using NnLesson.Files;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// <c>cnn.json</c>: a CNN that <c>train-cnn</c> trained, for <c>classify --cnn</c>.
/// <code>
/// { "format": "nnlesson-cnn", "version": 1,
///   "input": [1, 28, 28], "normalisation": { "mean": μ, "std": σ },      x = (pixel / 255 − μ) / σ, pixel 0 = black
///   "layers": [ { "kind": "conv", "out": 8, "in": 1, "kernel": 5, "stride": 1, "padding": 2 }, { "kind": "relu" }, … ],
///   "tensors": [[…], […], …],                                           per conv/dense layer: weights (row-major), then bias
///   "classes": { "uk": [K names], "en": [K names] },
///   "training": { …how it was trained, for the record… } }
/// </code>
/// </summary>
public static class CnnModelFile
{
    public const string FileName = "cnn.json";
    public const string Format = "nnlesson-cnn";
    public const int Version = 1;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What a cnn.json holds.</summary>
    public sealed record Model(CnnWeights Weights, float Mean, float Std, IReadOnlyList<string> NamesUk, IReadOnlyList<string> NamesEn);

    public static void Write(string path, Model model, JsonObject training)
    {
        var a = model.Weights.Architecture;
        var json = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["input"] = new JsonArray(a.Input.Channels, a.Input.Height, a.Input.Width),
            ["normalisation"] = new JsonObject { ["mean"] = model.Mean, ["std"] = model.Std },
            ["layers"] = new JsonArray([.. a.Layers.Select(l => (JsonNode)Layer(l))]),
            ["tensors"] = new JsonArray([.. model.Weights.Tensors.Select(t => (JsonNode)new JsonArray([.. t.Select(v => (JsonNode)JsonValue.Create(v))]))]),
            ["classes"] = new JsonObject
            {
                ["uk"] = new JsonArray([.. model.NamesUk.Select(n => (JsonNode)JsonValue.Create(n))]),
                ["en"] = new JsonArray([.. model.NamesEn.Select(n => (JsonNode)JsonValue.Create(n))]),
            },
            ["training"] = training,
        };
        AtomicFile.WriteAllText(path, json.ToJsonString(Compact) + "\n");
    }

    private static JsonObject Layer(LayerSpec l) => l.Kind switch
    {
        LayerKind.Conv => new JsonObject { ["kind"] = "conv", ["out"] = l.Out, ["in"] = l.In, ["kernel"] = l.Kernel, ["stride"] = l.Stride, ["padding"] = l.Padding },
        LayerKind.Dense => new JsonObject { ["kind"] = "dense", ["out"] = l.Out, ["in"] = l.In },
        LayerKind.MaxPool => new JsonObject { ["kind"] = "maxpool", ["kernel"] = l.Kernel, ["stride"] = l.Stride },
        LayerKind.Relu => new JsonObject { ["kind"] = "relu" },
        _ => new JsonObject { ["kind"] = "flatten" },
    };

    /// <exception cref="LessonException">Missing, not JSON, not a cnn.json, or its numbers do not fit its layers.</exception>
    public static Model Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LessonException(
                $"Файл CNN «{path}» не знайдено (його створює `nnlesson train-cnn`).",
                $"CNN file '{path}' was not found (make one with 'nnlesson train-cnn').");
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            throw new LessonException(
                $"«{path}» — не файл CNN: це не JSON (його створює `nnlesson train-cnn`).",
                $"'{path}' is not a CNN file: it is not JSON (make one with 'nnlesson train-cnn').");
        }
        if (root is not JsonObject json || (string?)json["format"] != Format)
        {
            throw new LessonException(
                $"«{path}» — не файл CNN: немає \"format\": \"{Format}\" (його створює `nnlesson train-cnn`).",
                $"'{path}' is not a CNN file: no \"format\": \"{Format}\" (make one with 'nnlesson train-cnn').");
        }
        try
        {
            if ((int?)json["version"] != Version)
            {
                throw new LessonException(
                    $"Файл CNN «{path}» має версію {json["version"]}; ця програма читає версію {Version}.",
                    $"CNN file '{path}' has version {json["version"]}; this program reads version {Version}.");
            }
            var input = json["input"]!.AsArray().Select(v => (int)v!).ToArray();
            var layers = json["layers"]!.AsArray().Select(n => ParseLayer(n!.AsObject())).ToList();
            var architecture = new CnnArchitecture(new TensorShape(input[0], input[1], input[2]), layers);
            var tensors = json["tensors"]!.AsArray().Select(t => t!.AsArray().Select(v => (float)v!).ToArray()).ToList();
            var expected = layers.Where(l => l.HasParameters).SelectMany(l => new[] { l.WeightCount, l.Out }).ToList();
            var classes = architecture.Classes; // also checks that the layers fit the input
            var uk = json["classes"]!["uk"]!.AsArray().Select(n => (string)n!).ToList();
            var en = json["classes"]!["en"]!.AsArray().Select(n => (string)n!).ToList();
            if (!tensors.Select(t => t.Length).SequenceEqual(expected) || uk.Count != classes || en.Count != classes)
            {
                throw new LessonException(
                    $"Файл CNN «{path}» пошкоджений: його тензори чи назви класів не пасують до шарів.",
                    $"CNN file '{path}' is damaged: its tensors or class names do not fit its layers.");
            }
            var norm = json["normalisation"]!;
            return new Model(new CnnWeights(architecture, tensors), (float)norm["mean"]!, (float)norm["std"]!, uk, en);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or ArgumentException or IndexOutOfRangeException)
        {
            throw new LessonException($"Файл CNN «{path}» пошкоджений: {e.Message}", $"CNN file '{path}' is damaged: {e.Message}");
        }
    }

    private static LayerSpec ParseLayer(JsonObject n) => (string?)n["kind"] switch
    {
        "conv" => LayerSpec.Conv((int)n["out"]!, (int)n["in"]!, (int)n["kernel"]!, (int)n["padding"]!, (int)n["stride"]!),
        "dense" => LayerSpec.Dense((int)n["out"]!, (int)n["in"]!),
        "maxpool" => new LayerSpec(LayerKind.MaxPool, Kernel: (int)n["kernel"]!, Stride: (int)n["stride"]!),
        "relu" => LayerSpec.Relu,
        "flatten" => LayerSpec.Flatten,
        var kind => throw new FormatException($"unknown layer kind '{kind}'"),
    };
}
