using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NnLesson.Playground.Model;
using NnLesson.Playground.Protocol;

namespace NnLesson.Playground.Tests.Model;

/// <summary>The page's own copy of the defaults (app.js needs them before it connects) is the server's.</summary>
public partial class PageDefaultsTests
{
    private static string AppJs() => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "NnLesson.Playground", "wwwroot", "app.js"));

    [Fact]
    public void The_pages_full_batch_is_the_servers()
    {
        var match = FullBatchLine().Match(AppJs());
        Assert.True(match.Success, "app.js declares const FULL_BATCH = <number>;");
        Assert.Equal(PlaygroundSettings.FullBatch, int.Parse(match.Groups[1].Value));
    }

    [Fact]
    public void The_pages_defaults_are_the_servers_default_settings()
    {
        var match = DefaultsLiteral().Match(AppJs());
        Assert.True(match.Success, "app.js declares const DEFAULTS = { … };");
        // The JavaScript object literal as JSON: keys quoted, single quotes double, FULL_BATCH by its value.
        var json = QuotedKey().Replace(match.Groups[1].Value, "\"$1\":").Replace('\'', '"')
            .Replace("FULL_BATCH", PlaygroundSettings.FullBatch.ToString());
        var page = JsonNode.Parse("{" + json + "}")!;
        var server = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(SettingsMessage.From(PlaygroundSettings.Default), MessageJson.Options))!;

        Assert.True(JsonNode.DeepEquals(server, page), $"app.js: {page.ToJsonString()}\nserver: {server.ToJsonString()}");
    }

    [GeneratedRegex(@"const FULL_BATCH = (\d+);")]
    private static partial Regex FullBatchLine();

    [GeneratedRegex(@"const DEFAULTS = \{(.*?)\};", RegexOptions.Singleline)]
    private static partial Regex DefaultsLiteral();

    [GeneratedRegex(@"([A-Za-z0-9_]+):")]
    private static partial Regex QuotedKey();
}
