using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Slide6;
using NnLesson.Figures.Style;
using NnLesson.Figures.Text;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Tests.Shared;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide6;

/// <summary>Slide 6 end to end: the shared model on the sample photo, the colour fallback, the manifest, bad options.</summary>
[Trait("Needs", "shared")] // reads models or photos from ../shared (NNLESSON_SHARED); filter with --filter "Needs!=shared"
public class Slide6CnnInferenceTests
{
    private static readonly FigureSize Small = new(800, 450);

    private static (SlideContext Context, PlainTextReporter Reporter) NewContext(Lang lang = Lang.Uk)
    {
        var reporter = new PlainTextReporter(TextWriter.Null);
        return (new SlideContext(RepoPaths.NewTempFolder("nnlesson-slide6"), lang, SlideContext.DefaultSeed, Small, reporter), reporter);
    }

    [Fact]
    public void Sample_photo_is_an_egyptian_cat_and_the_manifest_says_so()
    {
        var (context, reporter) = NewContext();
        var options = Slide6Options.Default with { ModelPath = RepoPaths.SharedModel };

        var outcome = LessonRun.Execute(context, [c => Slide6CnnInference.Run(c, options)]).Single();

        var figure = Assert.Single(outcome.Figures);
        Assert.Equal("slide6_mobilenetv2-12-int8.png", figure.FileName);
        using (PngAssert.IsFigure(figure.Path, Small.Width, Small.Height)) { }

        var manifest = JsonNode.Parse(File.ReadAllText(context.OutputPath(RunManifest.FileName)))!;
        var metrics = manifest["metrics"]!["slide6"]!;
        Assert.Equal("onnx", (string?)metrics["backend"]);
        Assert.Equal("mobilenetv2-12-int8", (string?)metrics["model"]);
        Assert.Equal(Path.Combine(RepoPaths.Root, "data", "sample.jpg"), (string?)metrics["image"]);
        var top = metrics["top"]!.AsArray();
        Assert.Equal(5, top.Count);
        // data/README.md: Egyptian cat 70.5 %, tiger cat 16.7 %, tabby 12.1 %.
        Assert.Equal([285, 282, 281], top.Take(3).Select(t => (int)t!["index"]!));
        Assert.Equal("Egyptian cat", (string?)top[0]!["label"]);
        Tolerance.Close((double)top[0]!["probability"]!, 0.705, atol: 0.01);
        Assert.Equal("slide6_mobilenetv2-12-int8.png", (string?)manifest["figures"]![0]!["file"]);

        Assert.Contains(reporter.Lines, l => l.Contains("mobilenetv2-12-int8") && l.Contains("--model"));
        Assert.Contains(reporter.Lines, l => l.Contains("єгипетська кішка (Egyptian cat)") && l.Contains($"70,51{NumberText.NoBreakSpace}%"));
    }

    [Fact]
    public void Fallback_says_it_is_not_a_network_and_how_to_get_one()
    {
        var (context, reporter) = NewContext(Lang.En);
        var outcome = Slide6CnnInference.Run(OutputReady(context), Slide6Options.Default with { Fallback = true, Top = 3 });

        Assert.Equal("slide6_fallback.png", outcome.Figures[0].FileName);
        using (PngAssert.IsFigure(outcome.Figures[0].Path, Small.Width, Small.Height)) { }
        Assert.Equal(("fallback", "dominant-colour"), ((string?)outcome.Metrics!["backend"], (string?)outcome.Metrics["model"]));
        // The cat's mean colour RGB (148, 111, 87) is nearest to brown.
        Assert.Equal("brown", (string?)outcome.Metrics["top"]![0]!["label"]);
        Assert.Equal(3, outcome.Metrics["top"]!.AsArray().Count);
        Assert.Contains(reporter.Lines, l => l.Contains("not a neural network"));
    }

    [Fact]
    public void No_model_found_runs_the_fallback_and_says_how_to_get_a_model()
    {
        var (context, reporter) = NewContext();
        var outcome = Slide6CnnInference.Run(OutputReady(context), Slide6Options.Default, location: null);

        Assert.Equal("slide6_fallback.png", outcome.Figures[0].FileName);
        Assert.Equal("fallback", (string?)outcome.Metrics!["backend"]);
        Assert.Null(outcome.Metrics["model_source"]);
        Assert.Contains(reporter.Lines, l => l.StartsWith("! Модель ONNX не знайдено", StringComparison.Ordinal));
        Assert.Contains(reporter.Lines, l => l.Contains("nnlesson model download resnet18"));
    }

    [Fact]
    public void Figure_bars_and_photo_are_where_the_layout_says()
    {
        // Draw the figure for a known answer and sample pixels: bar fills in the promised colours, the
        // empty track beyond them light grey, the photo's centre the photo's colour.
        var photo = new RgbImage(40, 30, Enumerable.Repeat(new byte[] { 30, 160, 90 }, 40 * 30).SelectMany(p => p).ToArray());
        var result = new ClassificationResult("onnx", "test-net", [new(285, "Egyptian cat", 0.7), new(282, "tiger cat", 0.2)]);
        using var bitmap = new SKBitmap(Small.Width, Small.Height);
        using var canvas = new SKCanvas(bitmap);
        var layout = CnnInferenceFigure.Draw(canvas, photo, "flat.png", result, 1000, Lang.Uk, Small);

        Assert.Equal(2, layout.BarFills.Count);
        Assert.True(layout.BarFills[0].Width > layout.BarFills[1].Width * 3, "70 % bar should be 3.5× the 20 % bar");
        AssertColour(bitmap, layout.BarFills[0].MidX, layout.BarFills[0].MidY, LessonColors.Blue);
        AssertColour(bitmap, layout.BarFills[1].MidX, layout.BarFills[1].MidY, LessonColors.SkyBlue);
        var emptyTrack = bitmap.GetPixel((int)(layout.BarFills[1].Right + 20), (int)layout.BarFills[1].MidY);
        Assert.Equal(new SKColor(0xEC, 0xEC, 0xEC), emptyTrack);
        var centre = bitmap.GetPixel((int)layout.Photo.Left + 3, (int)layout.Photo.MidY);
        Assert.Equal(new SKColor(30, 160, 90), centre);
        Assert.Equal(40f / 30f, layout.Photo.Width / layout.Photo.Height, 2);
    }

    [Fact]
    public void Ukrainian_and_english_figures_differ_only_in_text()
    {
        var files = new[] { Lang.Uk, Lang.En }.Select(lang =>
        {
            var (context, _) = NewContext(lang);
            return Slide6CnnInference.Run(OutputReady(context), Slide6Options.Default with { ModelPath = RepoPaths.SharedModel }).Figures[0].Sha256;
        }).ToArray();
        Assert.NotEqual(files[0], files[1]);
    }

    [Fact]
    public void Bad_options_are_one_line_errors()
    {
        var (context, _) = NewContext();
        var ready = OutputReady(context);
        Assert.Contains("--top", Assert.Throws<LessonException>(() => Slide6CnnInference.Run(ready, Slide6Options.Default with { Top = 21 })).Message);
        var missing = Path.Combine(context.OutputDirectory, "no-photo.jpg");
        Assert.Contains("no-photo.jpg", Assert.Throws<LessonException>(() => Slide6CnnInference.Run(ready, Slide6Options.Default with { ImagePath = missing })).Message);
        var noModel = Path.Combine(context.OutputDirectory, "resnet81.onnx");
        Assert.Contains("--model", Assert.Throws<LessonException>(() => Slide6CnnInference.Run(ready, Slide6Options.Default with { ModelPath = noModel })).Message);
        Assert.Empty(Directory.GetFiles(context.OutputDirectory, "*.png"));
    }

    private static SlideContext OutputReady(SlideContext context) => context with { OutputDirectory = OutputFolder.Prepare(context.OutputDirectory) };

    private static void AssertColour(SKBitmap bitmap, float x, float y, ScottPlot.Color expected)
    {
        var actual = bitmap.GetPixel((int)x, (int)y);
        Assert.True(Math.Abs(actual.Red - expected.R) <= 2 && Math.Abs(actual.Green - expected.G) <= 2 && Math.Abs(actual.Blue - expected.B) <= 2,
            $"pixel ({x:F0}, {y:F0}) is {actual}, expected {expected.ToHex()}");
    }
}
