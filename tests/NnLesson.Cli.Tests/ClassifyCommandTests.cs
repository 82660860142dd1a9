using System.CommandLine;
using System.Text.Json;
using NnLesson.Cli;
using NnLesson.Cli.Commands;
using NnLesson.Vision.Models;

namespace NnLesson.Cli.Tests;

/// <summary>
/// `nnlesson classify` in-process with the shared MobileNetV2-int8 and the shared photos. Expected classes
/// come from ../shared/DATA_SOURCES.md (top-1 of each photo with this model, computed there independently).
/// </summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private const int Banana = 954, GrannySmith = 948, Orange = 950;

    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-classify");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedFact]
    public void Json_has_exactly_the_promised_shape_and_the_banana_is_class_954()
    {
        var (exit, stdout, stderr) = CliRun.En("classify", RepoPaths.SharedImage("banana_0.jpg"), "--json", "--top", "5", "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(stdout); // stdout is pure JSON: any banner there would fail here
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["backend", "image", "model", "top"], Keys(item));
        Assert.Equal(RepoPaths.SharedImage("banana_0.jpg"), item.GetProperty("image").GetString());
        Assert.Equal("onnx", item.GetProperty("backend").GetString());
        Assert.Equal("mobilenetv2-12-int8", item.GetProperty("model").GetString());
        var top = item.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(5, top.Count);
        Assert.All(top, p => Assert.Equal(["index", "label", "probability"], Keys(p)));
        Assert.Equal(Banana, top[0].GetProperty("index").GetInt32());
        Assert.Equal("banana", top[0].GetProperty("label").GetString());
        Assert.True(top[0].GetProperty("probability").GetDouble() > 0.9, "DATA_SOURCES.md reports 99% for banana_0.jpg");
        var probabilities = top.Select(p => p.GetProperty("probability").GetDouble()).ToList();
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.True(probabilities.Zip(probabilities.Skip(1)).All(pair => pair.First >= pair.Second), "top-k must be sorted, most probable first");
        Assert.True(probabilities.Sum() <= 1 + 1e-9, "a softmax's top-5 cannot sum above 1");
        Assert.Equal(5, top.Select(p => p.GetProperty("index").GetInt32()).Distinct().Count());
        // Which backend and model ran is said, on stderr, so stdout stays JSON.
        Assert.Contains("Backend: onnx, model mobilenetv2-12-int8 (from --model:", stderr);
    }

    [SharedFact]
    public void A_folder_with_one_broken_photo_classifies_the_others_and_exits_1()
    {
        foreach (var name in new[] { "orange_0.jpg", "banana_0.jpg", "granny_smith_1.jpg" })
        {
            File.Copy(RepoPaths.SharedImage(name), Path.Combine(_folder, name));
        }
        // A real JPEG cut off after 4 kB (a half-copied photo), and a non-image file that must be ignored.
        File.WriteAllBytes(Path.Combine(_folder, "broken.jpg"), File.ReadAllBytes(RepoPaths.SharedImage("robin_bird_0.jpg"))[..4096]);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a photo");

        var (exit, stdout, stderr) = CliRun.En("classify", _folder, "--json", "--top", "2", "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        // Sorted by file name; broken.jpg is skipped, notes.txt never considered.
        Assert.Equal(["banana_0.jpg", "granny_smith_1.jpg", "orange_0.jpg"], items.Select(i => Path.GetFileName(i.GetProperty("image").GetString())));
        Assert.Equal([Banana, GrannySmith, Orange], items.Select(i => i.GetProperty("top")[0].GetProperty("index").GetInt32()));
        var complaint = Assert.Single(stderr.Split('\n'), l => l.Contains("broken.jpg"));
        Assert.StartsWith("nnlesson: skipped:", complaint);
        Assert.DoesNotContain("notes.txt", stderr);
    }

    [SharedFact]
    public void The_terminal_view_names_backend_model_and_top_class()
    {
        var (exit, stdout, stderr) = CliRun.En("classify", RepoPaths.SharedImage("orange_0.jpg"), RepoPaths.SharedImage("banana_0.jpg"), "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("Backend: onnx, model mobilenetv2-12-int8", stdout);
        Assert.Contains("orange #950", stdout);
        Assert.Contains("banana #954", stdout);
        Assert.Contains("2 of 2 photo(s) classified", stdout);
    }

    [SharedFact]
    public void Without_a_model_the_colour_fallback_runs_and_says_so()
    {
        // The resolver is replaced by "nothing found": ../shared/models exists here, so the real one would find a model.
        var (exit, stdout, stderr) = RunClassify(resolve: (_, _) => null, RepoPaths.SharedImage("banana_0.jpg"), "--json", "--top", "20");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(stdout);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("fallback", item.GetProperty("backend").GetString());
        Assert.Equal("dominant-colour", item.GetProperty("model").GetString());
        var top = item.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(11, top.Count); // only 11 colour classes exist, whatever --top asks
        Assert.Equal(1.0, top.Sum(p => p.GetProperty("probability").GetDouble()), 9);
        Assert.Contains("Backend: fallback (dominant-colour)", stderr);
        Assert.Contains("not a neural network", stderr);
    }

    [SharedFact]
    public void Without_model_option_the_resolver_choice_runs_and_stdout_is_still_pure_json()
    {
        var (exit, stdout, stderr) = CliRun.En("classify", RepoPaths.SharedImage("granny_smith_1.jpg"), "--json", "-k", "1");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(stdout);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Single(item.GetProperty("top").EnumerateArray());
        Assert.Contains("Backend: ", stderr);
    }

    [SharedFact]
    public void When_every_photo_fails_json_is_an_empty_array_and_exit_is_1()
    {
        var notPhoto = Path.Combine(_folder, "fake.jpg");
        File.WriteAllText(notPhoto, "plain text pretending to be a JPEG");

        var (exit, stdout, stderr) = CliRun.En("classify", notPhoto, Path.Combine(_folder, "missing.png"), "--json", "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(0, json.RootElement.GetArrayLength());
        Assert.Contains("fake.jpg", stderr);
        Assert.Contains("missing.png' was not found", stderr);
    }

    [SharedFact]
    public void A_missing_model_is_one_line_and_exit_1()
    {
        var (exit, stdout, stderr) = CliRun.En("classify", RepoPaths.SharedImage("banana_0.jpg"), "--model", Path.Combine(_folder, "nope.onnx"));

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("nope.onnx", line);
    }

    [Fact]
    public void An_empty_folder_is_reported_and_exits_1()
    {
        var (exit, _, stderr) = CliRun.En("classify", _folder);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Contains("has no image files", stderr);
        Assert.Contains("no photos to classify", stderr);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("classify", "x.jpg", "--top", "0")]
    [InlineData("classify", "x.jpg", "--top", "1001")]
    [InlineData("classify", "x.jpg", "--top", "five")]
    [InlineData("classify", "x.jpg", "--colour")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        var (exit, stdout, stderr) = CliRun.En(args);

        Assert.Equal(ExitCodes.InvalidUsage, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string[] Keys(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>`classify` alone with its model resolver replaced (the seam for the no-model case).</summary>
    private static (int Exit, string Stdout, string Stderr) RunClassify(Func<string?, string?, ModelLocation?> resolve, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var runtime = new CliRuntime(CliConsole.Create(stdout, interactive: false), stdout, stderr, Interactive: false) { Lang = NnLesson.Language.Lang.En };
        var root = new RootCommand { ClassifyCommand.Create(runtime, resolve) };
        var parse = root.Parse(["classify", .. args]);
        Assert.Empty(parse.Errors);
        var exit = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
