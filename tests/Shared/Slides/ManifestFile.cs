using System.Text.Json.Nodes;
using NnLesson.Slides.Manifest;

namespace NnLesson.Tests.Shared;

/// <summary>The manifest.json a run wrote, read back as JSON: its <c>metrics.&lt;id&gt;</c> and <c>parameters.&lt;id&gt;</c> sections.</summary>
public sealed record ManifestFile(JsonNode Root)
{
    public static ManifestFile Read(string folder) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunManifest.FileName))) ?? throw new InvalidDataException("manifest.json is empty"));

    public JsonObject Metrics(string slideId) => Root["metrics"]?[slideId]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"no metrics.{slideId}");

    public JsonObject Parameters(string slideId) => Root["parameters"]?[slideId]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"no parameters.{slideId}");

    /// <summary>The file names under <c>figures</c>, in order.</summary>
    public IReadOnlyList<string> FigureFiles => [.. Root["figures"]!.AsArray().Select(f => (string)f!["file"]!)];
}
