using System.Text.Json.Nodes;
using NnLesson.Figures.Output;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Tests.Running;

public class RunManifestTests
{
    private static SlideContext Context(string folder) =>
        new(folder, Lang.En, 7, new FigureSize(800, 450), new PlainTextReporter(TextWriter.Null));

    [Fact]
    public void Manifest_lists_parameters_figures_and_metrics_under_the_documented_keys()
    {
        var folder = RepoPaths.NewTempFolder();
        var outcome = new SlideOutcome("slide9",
            [new SavedFigure(Path.Combine(folder, "slide9_a.png"), 800, 450, "abc")],
            Metrics: new JsonObject { ["answer"] = 42 },
            Parameters: new JsonObject { ["epochs"] = 3 });

        var path = RunManifest.Write(Context(folder), [outcome]);

        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal(["parameters", "figures", "metrics"], json.Select(p => p.Key));
        Assert.Equal(7, (int)json["parameters"]!["seed"]!);
        Assert.Equal("en", (string)json["parameters"]!["lang"]!);
        Assert.Equal("800x450", (string)json["parameters"]!["size"]!);
        Assert.Equal(3, (int)json["parameters"]!["slide9"]!["epochs"]!);
        var figure = json["figures"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["file", "slide", "width", "height", "sha256"], figure.Select(p => p.Key));
        Assert.Equal("slide9_a.png", (string)figure["file"]!);
        Assert.Equal("slide9", (string)figure["slide"]!);
        Assert.Equal(42, (int)json["metrics"]!["slide9"]!["answer"]!);
    }

    [Fact]
    public void Lesson_run_writes_the_manifest_after_every_slide_and_stops_on_the_first_failure()
    {
        var folder = Path.Combine(RepoPaths.NewTempFolder(), "out");
        var ran = new List<string>();
        SlideOutcome Ok(SlideContext c)
        {
            ran.Add("ok");
            Assert.True(Directory.Exists(c.OutputDirectory), "the folder exists before any slide runs");
            Assert.False(File.Exists(c.OutputPath(RunManifest.FileName)), "the manifest is written last");
            return new SlideOutcome("ok", []);
        }
        LessonRun.Execute(Context(folder), [Ok]);
        Assert.True(File.Exists(Path.Combine(folder, RunManifest.FileName)));

        var failing = Path.Combine(RepoPaths.NewTempFolder(), "out");
        Assert.Throws<InvalidOperationException>(() =>
            LessonRun.Execute(Context(failing), [Ok, _ => throw new InvalidOperationException("boom")]));
        Assert.False(File.Exists(Path.Combine(failing, RunManifest.FileName)), "no manifest for a failed run");
    }
}
