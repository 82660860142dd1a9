using System.Text.Json.Nodes;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>
/// The server's messages to the Teach page (JSON, invariant numbers; every sentence in both languages, the page
/// shows one): state, added/rejected photos, training progress, predictions, the exported head.
/// </summary>
public static class TeachMessages
{
    /// <summary>The classes with their photos' ids, names and subsets (no features: the page needs none).</summary>
    public static JsonObject State(TeachModel model, TrainedHead? trained) => new()
    {
        ["type"] = "state",
        ["classes"] = new JsonArray([.. model.Classes.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["samples"] = new JsonArray([.. c.Samples.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["subset"] = Subset(s.Subset),
            })]),
        })]),
        ["headClasses"] = trained is null ? null : Strings(trained.ClassNames),
        ["limits"] = new JsonObject
        {
            ["maxClasses"] = TeachLimits.MaxClasses,
            ["maxPhotosPerClass"] = TeachLimits.MaxPhotosPerClass,
            ["maxPhotosPerSession"] = TeachLimits.MaxPhotosPerSession,
            ["maxPhotoBytes"] = TeachLimits.MaxPhotoBytes,
            ["maxPhotoPixels"] = TeachLimits.MaxPhotoPixels,
        },
    };

    public static JsonObject Added(int seq, TeachSample sample, bool fromCache) => new()
    {
        ["type"] = "added",
        ["seq"] = seq,
        ["id"] = sample.Id,
        ["class"] = sample.ClassId,
        ["fromCache"] = fromCache,
    };

    public static JsonObject Rejected(int seq, string name, Localized reason) => new()
    {
        ["type"] = "rejected",
        ["seq"] = seq,
        ["name"] = name,
        ["reason"] = Text(reason),
    };

    public static JsonObject Error(Localized reason) => new() { ["type"] = "error", ["reason"] = Text(reason) };

    /// <summary>Sent once when a training starts: the split, the shapes, the gradient check and the equivalent command.</summary>
    public static JsonObject Started(TeachTraining run) => new()
    {
        ["type"] = "trainingStarted",
        ["classes"] = Strings(run.ClassNames),
        ["epochs"] = run.Settings.Epochs,
        ["lr"] = run.Settings.LearningRate,
        ["l2"] = run.Settings.L2,
        ["valFraction"] = run.Settings.ValidationFraction,
        ["seed"] = run.Settings.Seed,
        ["train"] = run.TrainCount,
        ["validation"] = run.ValidationCount,
        ["splitBySeed"] = run.SplitBySeed,
        ["features"] = run.Head.Features,
        ["parameters"] = run.Head.W.Length + run.Head.B.Length,
        ["check"] = new JsonObject
        {
            ["photos"] = run.CheckPhotos,
            ["max"] = Finite(run.GradientCheck.MaxRelativeError),
            ["w"] = Finite(run.GradientCheck.Tensors[0].MaxRelativeError),
            ["b"] = Finite(run.GradientCheck.Tensors[1].MaxRelativeError),
            ["tolerance"] = HeadGradientCheck.Tolerance,
        },
        ["command"] = TeachCommandLine.For(run.Settings),
    };

    /// <summary>
    /// History entries [from, Measured) and the formula's numbers for the first training photo with the current head:
    /// x: its first features, z = W·x + b: [K], p = softmax(z): [K], its loss −ln p_t, and the L2 term (λ/2)·‖W‖².
    /// </summary>
    public static JsonObject Progress(TeachTraining run, int from)
    {
        var h = run.History;
        var to = run.Measured;
        var (x, t) = run.Example;
        var z = run.Head.Logits(x);
        var p = SoftmaxCrossEntropy.Probabilities(z);
        return new JsonObject
        {
            ["type"] = "progress",
            ["from"] = from,
            ["measured"] = to,
            ["epochs"] = run.Settings.Epochs,
            ["trainLoss"] = Numbers(h.TrainLoss[from..to]),
            ["trainAcc"] = Numbers(h.TrainAccuracy[from..to]),
            ["valLoss"] = h.HasValidation ? Numbers(h.ValidationLoss[from..to]) : new JsonArray(),
            ["valAcc"] = h.HasValidation ? Numbers(h.ValidationAccuracy[from..to]) : new JsonArray(),
            ["finished"] = run.Finished,
            ["diverged"] = run.Diverged,
            ["stopped"] = run.Stopped,
            ["command"] = run.Finished ? TeachCommandLine.For(run.Settings) : null, // after a stop, with the epochs taken
            ["valCorrect"] = run.Finished ? run.ValidationCorrect : null,
            ["example"] = new JsonObject
            {
                ["class"] = t,
                ["x"] = Numbers(x[..4]),
                ["z"] = Numbers(z),
                ["p"] = Numbers(p),
                ["loss"] = Finite(SoftmaxCrossEntropy.Loss(z, t)),
                ["l2term"] = Finite(run.Head.L2Penalty(run.Settings.L2)),
                ["b"] = Numbers(run.Head.B),
            },
        };
    }

    public static JsonObject Prediction(int seq, FramePrediction prediction, double milliseconds) => new()
    {
        ["type"] = "prediction",
        ["seq"] = seq,
        ["probabilities"] = Numbers(prediction.Probabilities),
        ["predicted"] = prediction.Predicted,
        ["map"] = new JsonArray([.. prediction.Map.Select(m => (JsonNode)JsonValue.Create(Math.Round(m, 3)))]),
        ["mapHeight"] = prediction.Height,
        ["mapWidth"] = prediction.Width,
        ["serverMs"] = Math.Round(milliseconds, 1),
    };

    /// <summary>head.json exactly as <c>nnlesson teach</c> writes it (<see cref="HeadFile.ToJson"/>), its "training" naming the page.</summary>
    public static JsonObject Head(TrainedHead trained, TeachSettings settings, bool splitBySeed)
    {
        var training = new JsonObject // the fields of teach's TeachParameters, snake_case as its manifest writes them
        {
            ["data"] = "nnlesson playground (Teach page)",
            ["epochs"] = settings.Epochs,
            ["learning_rate"] = settings.LearningRate,
            ["l2"] = settings.L2,
            ["validation_fraction"] = splitBySeed ? settings.ValidationFraction : null,
            ["seed"] = settings.Seed,
        };
        return new JsonObject
        {
            ["type"] = "head",
            ["name"] = HeadFile.FileName,
            ["text"] = HeadFile.ToJson(trained, FeatureExtraction.ModelKey, training).ToJsonString(HeadJson) + "\n",
        };
    }

    private static readonly System.Text.Json.JsonSerializerOptions HeadJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Text(Localized text) => new() { ["uk"] = text.Uk, ["en"] = text.En };

    public static string Subset(PhotoSubset subset) => subset switch
    {
        PhotoSubset.Train => "train",
        PhotoSubset.Validation => "val",
        _ => "auto",
    };

    public static PhotoSubset? ParseSubset(string? text) => text switch
    {
        "train" => PhotoSubset.Train,
        "val" => PhotoSubset.Validation,
        null or "auto" => PhotoSubset.Unassigned,
        _ => null,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    /// <summary>JSON has no NaN or ∞: a diverged number is sent as null (the page shows "–").</summary>
    private static JsonNode? Finite(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;

    private static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(Finite)]);
}
