using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NnLesson.Figures;
using NnLesson.Files;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Manifest;

/// <summary>Writes files made from a run's manifest (before it is written) into the run's folder; returns their paths.</summary>
public delegate IReadOnlyList<string> RunDocuments(SlideContext context, JsonObject manifest);

/// <summary>
/// <c>manifest.json</c>, written last and atomically into the output folder:
/// <code>
/// { "parameters": { "seed": 42, "lang": "uk", "size": "1600x900", "&lt;slide id&gt;": { …slide options… } },
///   "figures":    [ { "file": "slide3_and.png", "slide": "slide3", "width": 1600, "height": 900, "sha256": "…" } ],
///   "metrics":    { "&lt;slide id&gt;": { …measured numbers… } },
///   "documents":  [ { "file": "lecture.pptx", "sha256": "…" } ] }
/// </code>
/// (documents: files made from the figures and numbers above, e.g. lecture.pptx by <c>all</c>; absent when none).
/// A reader can check every figure against its hash and see the numbers behind it.
/// </summary>
internal static class RunManifest
{
    public const string FileName = "manifest.json";

    // Relaxed escaping keeps "300×451×3" and Ukrainian labels readable in the file (it is never embedded in HTML).
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(SlideContext context, IEnumerable<SlideOutcome> outcomes)
    {
        var parameters = new JsonObject
        {
            ["seed"] = context.Seed,
            ["lang"] = context.Lang.Code(),
            ["size"] = context.Size.ToString(),
        };
        var figures = new JsonArray();
        var metrics = new JsonObject();
        foreach (var outcome in outcomes)
        {
            if (outcome.Parameters is not null)
            {
                parameters[outcome.SlideId] = outcome.Parameters.DeepClone();
            }
            foreach (var figure in outcome.Figures)
            {
                figures.Add(new JsonObject
                {
                    ["file"] = figure.FileName,
                    ["slide"] = outcome.SlideId,
                    ["width"] = figure.Width,
                    ["height"] = figure.Height,
                    ["sha256"] = figure.Sha256,
                });
            }
            if (outcome.Metrics is not null)
            {
                metrics[outcome.SlideId] = outcome.Metrics.DeepClone();
            }
        }
        return new JsonObject { ["parameters"] = parameters, ["figures"] = figures, ["metrics"] = metrics };
    }

    /// <summary>
    /// Writes the manifest atomically and returns its path; <paramref name="documents"/>, when given, first writes
    /// its files from the manifest so far (into the output folder) and returns their paths, listed under "documents".
    /// </summary>
    public static string Write(SlideContext context, IEnumerable<SlideOutcome> outcomes, RunDocuments? documents = null)
    {
        var manifest = Build(context, outcomes);
        if (documents is not null)
        {
            var written = documents(context, manifest);
            manifest["documents"] = new JsonArray([.. written.Select(p => (JsonNode)new JsonObject
            {
                ["file"] = Path.GetFileName(p),
                ["sha256"] = Sha256File.Of(p),
            })]);
        }
        var path = context.OutputPath(FileName);
        AtomicFile.WriteAllText(path, manifest.ToJsonString(Indented) + "\n");
        return path;
    }
}
