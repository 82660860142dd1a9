using System.Text.Json.Nodes;
using NnLesson.Cli;
using NnLesson.Vision.Images;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// The Teach endpoints with the real ResNet-18 and the shared ants-and-bees photos, against the CLI as the reference:
/// the head the page trains is the head <c>nnlesson teach</c> trains on the same photos, its head.json is one
/// <c>classify --head</c> reads, a frame's prediction is what <see cref="HeadClassifier"/> says of the same bytes, and
/// the whole data set uploaded with its train/val folders gives teach's validation score.
/// </summary>
public class TeachWithResNetTests(TeachServerFixture fixture) : IClassFixture<TeachServerFixture>
{
    private static string[] Photos(string subset, string cls, int count) =>
        [.. Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, subset, cls), "*.jpg").Order(StringComparer.Ordinal).Take(count)];

    /// <summary>Two classes "ants" and "bees" on a fresh session, the photos uploaded in order (subset as given).</summary>
    private static async Task<TeachClient> SessionWithAsync(Uri server, IReadOnlyDictionary<string, (string[] Files, string Subset)[]> byClass)
    {
        var client = await TeachClient.ConnectAsync(server);
        await client.SendAsync(new JsonObject { ["type"] = "replaceClasses", ["names"] = new JsonArray([.. byClass.Keys.Select(k => (JsonNode)k)]) });
        var state = await client.NextAsync("state");
        var k = 0;
        foreach (var (_, groups) in byClass)
        {
            var id = (int)state["classes"]![k++]!["id"]!;
            foreach (var (files, subset) in groups)
            {
                foreach (var file in files)
                {
                    var answer = await client.AddPhotoAsync(id, Path.GetFileName(file), await File.ReadAllBytesAsync(file), subset);
                    Assert.True((string?)answer["type"] == "added", $"{file}: {answer["reason"]?["en"]}");
                }
            }
        }
        return client;
    }

    private static int Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NnLessonApp.Run(args, output, error);
        Assert.True(code == 0, $"nnlesson {string.Join(' ', args)} → {code}: {error}");
        LastOutput = output.ToString();
        return code;
    }

    private static string LastOutput = "";

    [NeedsPhotosFact]
    public async Task Ten_photos_a_class_train_the_head_nnlesson_teach_trains_and_its_export_works_with_classify()
    {
        var data = TeachData.SmallCopy(10);
        var classes = new Dictionary<string, (string[], string)[]>
        {
            ["ants"] = [(Directory.GetFiles(Path.Combine(data, "ants")).Order(StringComparer.Ordinal).ToArray(), "auto")],
            ["bees"] = [(Directory.GetFiles(Path.Combine(data, "bees")).Order(StringComparer.Ordinal).ToArray(), "auto")],
        };
        await using var client = await SessionWithAsync(fixture.Url, classes);
        var (started, progress) = await client.TrainAsync();
        Assert.Equal(16, (int)started["train"]!);
        Assert.Equal(4, (int)started["validation"]!);
        Assert.True((double)started["check"]!["max"]! < 1e-6);
        Assert.Equal("nnlesson teach my-classes", (string?)started["command"]);
        Assert.True(progress.Count >= 5, $"the curves came in {progress.Count} messages; they should grow live");
        var last = progress[^1];
        Assert.Equal(201, (int)last["measured"]!);
        var trainLoss = progress.SelectMany(p => p["trainLoss"]!.AsArray().Select(v => (double)v!)).ToArray();
        Assert.Equal(201, trainLoss.Length);

        await client.SendAsync(new JsonObject { ["type"] = "exportHead" });
        var exported = await client.NextAsync("head");
        var folder = RepoPaths.NewTempFolder("teach-export");
        var pageHead = Path.Combine(folder, "head.json");
        await File.WriteAllTextAsync(pageHead, (string)exported["text"]!);

        // The reference: the CLI on the same photos (as folders), with the same cache, defaults and seed.
        var cliOut = RepoPaths.NewTempFolder("teach-cli");
        Cli("teach", data, "--out", cliOut, "--cache", fixture.CacheFolder, "--size", "640x360", "--lang", "en");
        var cliJson = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(cliOut, HeadFile.FileName)))!;
        var pageJson = JsonNode.Parse(await File.ReadAllTextAsync(pageHead))!;
        foreach (var key in new[] { "format", "version", "classes", "model", "preprocessing", "standardization", "weights", "bias" })
        {
            Assert.True(JsonNode.DeepEquals(cliJson[key], pageJson[key]), $"head.json '{key}' differs between the page and nnlesson teach");
        }
        var cliMetrics = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(cliOut, "manifest.json")))!["metrics"]!["teach"]!;
        Assert.Equal((double)cliMetrics["final_loss"]!, trainLoss[^1]);

        // classify --head on the page's export: a validation ant and bee, never seen by the head.
        var ant = Photos("val", "ants", 1)[0];
        var bee = Photos("val", "bees", 1)[0];
        Cli("classify", ant, bee, "--head", pageHead, "--json");
        var answers = JsonNode.Parse(LastOutput)!.AsArray();
        Assert.Equal(2, answers.Count);

        // …and the page's live prediction of the same bytes gives the same probabilities.
        var prediction = await client.PredictAsync(await File.ReadAllBytesAsync(ant));
        Assert.Equal("prediction", (string?)prediction["type"]);
        var top = answers[0]!["top"]!.AsArray();
        var classIndex = (int)top[0]!["index"]!;
        Tolerance.Close((double)top[0]!["probability"]!, (double)prediction["probabilities"]![classIndex]!, atol: 1e-6, rtol: 0, what: "p(top class), classify vs page");
        Assert.Equal(classIndex, (int)prediction["predicted"]!);
        var map = prediction["map"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(49, map.Length);
        Assert.Equal(1.0, map.Max());
        Assert.Equal(0.0, map.Min());
    }

    [NeedsPhotosFact]
    public async Task A_head_from_nnlesson_teach_imports_and_predicts_as_HeadClassifier_does()
    {
        var data = TeachData.SmallCopy(6);
        var cliOut = RepoPaths.NewTempFolder("teach-cli");
        Cli("teach", data, "--out", cliOut, "--cache", fixture.CacheFolder, "--size", "640x360", "--epochs", "80");
        var headPath = Path.Combine(cliOut, HeadFile.FileName);

        await using var client = await TeachClient.ConnectAsync(fixture.Url);
        await client.SendAsync(new JsonObject { ["type"] = "importHead", ["name"] = "head.json", ["text"] = await File.ReadAllTextAsync(headPath) });
        var state = await client.NextAsync("state");
        Assert.Equal(["ants", "bees"], state["headClasses"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["ants", "bees"], state["classes"]!.AsArray().Select(c => (string)c!["name"]!));

        using var reference = HeadClassifier.Open(headPath); // classify --head's classifier: ResNet-18 + the head file
        foreach (var photo in Photos("val", "bees", 2).Concat(Photos("val", "ants", 2)))
        {
            var prediction = await client.PredictAsync(await File.ReadAllBytesAsync(photo));
            var expected = new double[2];
            foreach (var p in reference.Classify(ImageLoader.Load(photo), 2).Top)
            {
                expected[p.Index] = p.Probability;
            }
            var got = prediction["probabilities"]!.AsArray().Select(v => (double)v!).ToArray();
            Tolerance.AllClose(got, expected, atol: 1e-9, rtol: 0, what: $"p for {Path.GetFileName(photo)}");
        }

        // A head for another backbone is refused, naming why.
        var foreign = JsonNode.Parse(await File.ReadAllTextAsync(headPath))!;
        foreign["model"]!["sha256"] = new string('0', 64);
        await client.SendAsync(new JsonObject { ["type"] = "importHead", ["name"] = "other.json", ["text"] = foreign.ToJsonString() });
        Assert.Contains("belongs to another model", (string?)(await client.NextAsync("error"))["reason"]!["en"]);
    }

    [NeedsPhotosFact]
    public async Task The_whole_ants_and_bees_set_with_its_val_folder_scores_what_nnlesson_teach_scores()
    {
        string[] Train(string c) => Photos("train", c, int.MaxValue);
        string[] Val(string c) => Photos("val", c, int.MaxValue);
        var classes = new Dictionary<string, (string[], string)[]>
        {
            ["ants"] = [(Train("ants"), "train"), (Val("ants"), "val")],
            ["bees"] = [(Train("bees"), "train"), (Val("bees"), "val")],
        };
        await using var client = await SessionWithAsync(fixture.Url, classes);
        var (started, progress) = await client.TrainAsync();
        Assert.False((bool)started["splitBySeed"]!);
        Assert.Equal(153, (int)started["validation"]!);

        var cliOut = RepoPaths.NewTempFolder("teach-cli");
        Cli("teach", TeachData.Hymenoptera, "--out", cliOut, "--cache", fixture.CacheFolder, "--size", "640x360");
        var cli = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(cliOut, "manifest.json")))!["metrics"]!["teach"]!;
        Assert.Equal((int)cli["validation_correct"]!, (int)progress[^1]["valCorrect"]!);
        Assert.Equal(146, (int)progress[^1]["valCorrect"]!); // the documented score of teach's defaults
    }
}
