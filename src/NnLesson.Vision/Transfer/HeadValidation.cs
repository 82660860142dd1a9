using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// The one check of a parsed head.json before anything of it is used (probe G5, G6, G10, G14, December 2026):
/// every field present and of its type, the shapes against the network the head will run on (K classes, D =
/// <c>features</c> of this ResNet-18: mean [D], std [D], weights [K, D], bias [K], model.features = D),
/// 2..<see cref="PhotoFolders.MaxClasses"/> unique, non-empty class names (teach's own limit), finite numbers, and
/// standardised features that stay finite for every feature the network can give. A refusal is one line naming the
/// field. What was refused before December 2026 with a bug-path text or accepted: <c>"format": 1</c> (a cast
/// exception), a missing <c>bias</c> (a null reference), <c>[null, "bees"]</c> ("shapes do not fit"), a head for 10
/// features (every photo failed later), <c>std</c> = 5e-324 (NaN probabilities shown as "&lt;0.1 %"), duplicate
/// classes and 10,000 classes (accepted).
/// </summary>
/// <remarks>
/// Finite standardised features: the network's features are divided by their length (u = f/‖f‖, so |u_j| ≤ 1), then
/// standardised, x_j = (u_j − μ_j)/σ_j, so |x_j| ≤ (1 + |μ_j|)/σ_j; that bound must be a finite double for every j.
/// </remarks>
internal static class HeadValidation
{
    public static TrainedHead Parse(JsonObject json, string path, string modelKey, int features)
    {
        var version = Integer(json, "version", path);
        if (version != HeadFile.Version)
        {
            throw new LessonException(
                $"Файл голови '{path}' має версію {version}; ця програма читає версію {HeadFile.Version}.",
                $"Head file '{path}' has version {version}; this program reads version {HeadFile.Version}.");
        }
        var model = Object(json, "model", path);
        var fileModel = Text(model, "model.sha256", "sha256", path);
        if (!string.Equals(fileModel, modelKey, StringComparison.Ordinal))
        {
            throw new LessonException(
                $"Файл голови '{path}' належить іншій моделі (sha256 {Short(fileModel)}, ця ResNet-18 — {Short(modelKey)}): навчіть її знову командою 'nnlesson teach DATA'.",
                $"Head file '{path}' belongs to another model (sha256 {Short(fileModel)}, this ResNet-18 is {Short(modelKey)}): train it again with 'nnlesson teach DATA'.");
        }
        if (model["features"] is not null && Integer(model, "model.features", "features", path) != features)
        {
            throw WrongFeatures(path, Integer(model, "model.features", "features", path), features);
        }
        var classes = Classes(json, path);
        var standardization = Object(json, "standardization", path);
        var mean = Numbers(standardization, "standardization.mean", "mean", path);
        if (mean.Length != features)
        {
            throw WrongFeatures(path, mean.Length, features);
        }
        var std = Numbers(standardization, "standardization.std", "std", path);
        Length("standardization.std", std.Length, features, path);
        for (var j = 0; j < features; j++)
        {
            if (!(std[j] > 0) || !double.IsFinite((1 + Math.Abs(mean[j])) / std[j]))
            {
                throw Damaged(path, "standardization.std",
                    $"std[{j}] = {Num(std[j])} не дає скінченних стандартизованих ознак (x − μ)/σ",
                    $"std[{j}] = {Num(std[j])} does not give finite standardised features (x − μ)/σ");
            }
        }
        var weights = json["weights"] as JsonArray
            ?? throw (json["weights"] is null ? Missing(path, "weights") : WrongType(path, "weights", "список рядків ваг", "a list of weight rows"));
        Length("weights", weights.Count, classes.Length, path);
        var head = new SoftmaxHead(classes.Length, features);
        for (var k = 0; k < classes.Length; k++)
        {
            var row = NumbersOf(weights[k], $"weights[{k}]", path);
            Length($"weights[{k}]", row.Length, features, path);
            row.CopyTo(head.W, k * features);
        }
        var bias = Numbers(json, "bias", "bias", path);
        Length("bias", bias.Length, classes.Length, path);
        bias.CopyTo(head.B, 0);
        return new TrainedHead(classes, new FeatureStandardizer(mean, std), head);
    }

    private static string[] Classes(JsonObject json, string path)
    {
        var list = json["classes"] as JsonArray
            ?? throw (json["classes"] is null ? Missing(path, "classes") : WrongType(path, "classes", "список назв класів", "a list of class names"));
        if (list.Count < 2 || list.Count > PhotoFolders.MaxClasses)
        {
            throw Damaged(path, "classes",
                $"{list.Count} класів; голова має від 2 до {PhotoFolders.MaxClasses} (як у teach)",
                $"{list.Count} classes; a head has 2 to {PhotoFolders.MaxClasses} (as teach allows)");
        }
        var names = new string[list.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < names.Length; k++)
        {
            if (list[k] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(names[k] = value.GetValue<string>()))
            {
                throw Damaged(path, $"classes[{k}]", "не назва класу (потрібен непорожній рядок)", "is not a class name (a non-empty string is needed)");
            }
            if (!seen.Add(names[k]))
            {
                throw Damaged(path, $"classes[{k}]", $"клас '{names[k]}' названо двічі", $"class '{names[k]}' is named twice");
            }
        }
        return names;
    }

    private static JsonObject Object(JsonObject parent, string name, string path) =>
        parent[name] as JsonObject ?? throw (parent[name] is not null ? WrongType(path, name, "об'єкт", "an object") : Missing(path, name));

    private static int Integer(JsonObject parent, string shown, string path) => Integer(parent, shown, shown, path);

    private static int Integer(JsonObject parent, string shown, string name, string path) =>
        parent[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i)
            ? i
            : throw (parent[name] is null ? Missing(path, shown) : WrongType(path, shown, "ціле число", "a whole number"));

    private static string Text(JsonObject parent, string shown, string name, string path) =>
        parent[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw (parent[name] is null ? Missing(path, shown) : WrongType(path, shown, "рядок", "a string"));

    private static double[] Numbers(JsonObject parent, string shown, string name, string path) =>
        parent[name] is null ? throw Missing(path, shown) : NumbersOf(parent[name], shown, path);

    private static double[] NumbersOf(JsonNode? node, string shown, string path)
    {
        if (node is not JsonArray array)
        {
            throw WrongType(path, shown, "список чисел", "a list of numbers");
        }
        var values = new double[array.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (array[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue(out values[i]) || !double.IsFinite(values[i]))
            {
                throw Damaged(path, $"{shown}[{i}]", "не скінченне число", "is not a finite number");
            }
        }
        return values;
    }

    private static void Length(string shown, int actual, int expected, string path)
    {
        if (actual != expected)
        {
            throw Damaged(path, shown, $"має {actual} значень, а потрібно {expected}", $"has {actual} values where {expected} are needed");
        }
    }

    private static LessonException WrongFeatures(string path, int fileFeatures, int features) => new LessonException(
        $"Файл голови '{path}' створено для {fileFeatures} ознак; ця ResNet-18 дає {features} — навчіть її знову командою 'nnlesson teach DATA'.",
        $"Head file '{path}' is for {fileFeatures} features; this ResNet-18 gives {features} — train it again with 'nnlesson teach DATA'.");

    private static LessonException Missing(string path, string field) =>
        Damaged(path, field, "немає цього поля", "is missing");

    private static LessonException WrongType(string path, string field, string uk, string en) =>
        Damaged(path, field, $"має бути {uk}", $"must be {en}");

    private static LessonException Damaged(string path, string field, string uk, string en) => new LessonException(
        $"Файл голови '{path}' пошкоджено: \"{field}\" {uk}.",
        $"Head file '{path}' is damaged: \"{field}\" {en}.");

    private static string Num(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string Short(string? sha) => sha is { Length: >= 12 } ? sha[..12] + "…" : sha ?? "none";
}
