using NnLesson.Core;
using NnLesson.Figures.Common;
using NnLesson.Figures.Slide6;
using NnLesson.Figures.Style;
using NnLesson.Figures.Text;
using NnLesson.Slides.Lessons;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide6;

/// <summary>Slide 6 end to end: the shared model on the sample photo, the colour fallback, the figure's content, bad options.</summary>
public class Slide6CnnInferenceTests
{
    private static readonly FigureSize Small = new(800, 450);

    [SharedFact]
    public void Sample_photo_is_an_egyptian_cat_and_the_manifest_says_so()
    {
        var options = Slide6Options.Default with { ModelPath = RepoPaths.SharedModel };

        var run = SlideRun.Of(c => Slide6CnnInference.Run(c, options), Small);

        var figure = Assert.Single(run.Outcome.Figures);
        Assert.Equal("slide6_mobilenetv2-12-int8.png", figure.FileName);
        using (PngAssert.IsFigure(figure.Path, Small.Width, Small.Height)) { }
        var metrics = Manifest(run).Metrics("slide6");
        Assert.Equal("onnx", (string?)metrics["backend"]);
        Assert.Equal("mobilenetv2-12-int8", (string?)metrics["model"]);
        Assert.Equal("--model", (string?)metrics["model_source"]);
        Assert.Equal(Path.Combine(RepoPaths.Root, "data", "sample.jpg"), (string?)metrics["image"]);
        var top = metrics["top"]!.AsArray();
        Assert.Equal(5, top.Count);
        // data/README.md: Egyptian cat 70.5 %, tiger cat 16.7 %, tabby 12.1 %.
        Assert.Equal([285, 282, 281], top.Take(3).Select(t => (int)t!["index"]!));
        Assert.Equal("Egyptian cat", (string?)top[0]!["label"]);
        Tolerance.Close((double)top[0]!["probability"]!, 0.705, atol: 0.01);

        Assert.Contains(run.Reporter.Lines, l => l.Contains("mobilenetv2-12-int8") && l.Contains("--model"));
        Assert.Contains(run.Reporter.Lines, l => l.Contains("єгипетська кішка (Egyptian cat)") && l.Contains($"70,51{NumberText.NoBreakSpace}%"));
    }

    [SharedFact]
    public void Compute_is_the_whole_classification_and_the_figure_job_carries_it()
    {
        var result = Slide6CnnInference.Recipe.Compute(Slide6Options.Default with { ModelPath = RepoPaths.SharedModel }, seed: 1);

        var network = Assert.IsType<Slide6Network>(result.Classifier);
        Assert.Equal(("input", "output"), (network.InputName, network.OutputName));
        Assert.Equal(1000, result.ClassCount);
        // The window the network sees: 300×451 → 256×384, centre 224×224 → 224·300/256 = 262.5 by 224·451/384 photo pixels.
        Assert.Equal(224.0 * 300 / 256, result.NetworkWindow.Height, 6);
        Assert.Equal(224.0 * 451 / 384, result.NetworkWindow.Width, 6);
        var job = Assert.Single(Slide6CnnInference.Recipe.Figures(result));
        var data = Assert.IsType<CnnInferenceData>(job.Data);
        Assert.Equal(ClassifierKind.Network, data.Kind);
        Assert.True(data.ImageNetNames);
        Assert.Equal("єгипетська кішка", data.Top[0].Name.Uk);
        Assert.Equal("Egyptian cat", data.Top[0].Name.En);
        Assert.Equal(result.Classification.Top.Sum(p => p.Probability), data.TopSum, 12);
        Assert.Null(data.MeanColour);
    }

    [Fact]
    public void Fallback_says_it_is_not_a_network_and_names_colours_in_the_runs_language()
    {
        var en = SlideRun.Of(c => Slide6CnnInference.Run(c, Slide6Options.Default with { Fallback = true, Top = 3 }), Small, Lang.En);

        Assert.Equal("slide6_fallback.png", en.Outcome.Figures[0].FileName);
        using (PngAssert.IsFigure(en.Outcome.Figures[0].Path, Small.Width, Small.Height)) { }
        var metrics = Manifest(en).Metrics("slide6");
        Assert.Equal(("fallback", "dominant-colour"), ((string?)metrics["backend"], (string?)metrics["model"]));
        // The cat's mean colour RGB (148, 111, 87) is nearest to brown.
        Assert.Equal("brown", (string?)metrics["top"]![0]!["label"]);
        Assert.Equal(3, metrics["top"]!.AsArray().Count);
        Assert.Contains(en.Reporter.Lines, l => l.Contains("not a neural network"));

        var uk = SlideRun.Of(c => Slide6CnnInference.Run(c, Slide6Options.Default with { Fallback = true, Top = 3 }), Small);
        var table = Assert.Single(uk.Reporter.Tables);
        Assert.Equal("коричневий", table.Rows[0][2]); // the uk console names the colour in Ukrainian; the manifest keeps "brown"
        Assert.DoesNotContain(table.Rows, row => row[2] is "brown" or "grey" or "pink");
    }

    [Fact]
    public void No_model_found_runs_the_fallback_and_says_how_to_get_a_model()
    {
        var run = SlideRun.Of(c => Slide6CnnInference.Run(c, Slide6Options.Default, location: null), Small);

        Assert.Equal("slide6_fallback.png", run.Outcome.Figures[0].FileName);
        var metrics = Manifest(run).Metrics("slide6");
        Assert.Equal("fallback", (string?)metrics["backend"]);
        Assert.Null(metrics["model_source"]);
        Assert.Contains(run.Reporter.Lines, l => l.StartsWith("! Модель ONNX не знайдено", StringComparison.Ordinal));
        Assert.Contains(run.Reporter.Lines, l => l.Contains("nnlesson model download resnet18"));
    }

    [Fact]
    public void Figure_bars_and_photo_are_where_the_layout_says()
    {
        // Draw the figure for a known answer and sample pixels: bar fills in the promised colours, the
        // empty track beyond them light grey, the photo's centre the photo's colour.
        var photo = new RgbImage(40, 30, Enumerable.Repeat(new byte[] { 30, 160, 90 }, 40 * 30).SelectMany(p => p).ToArray());
        var data = new CnnInferenceData("flat.png", photo, ClassifierKind.Network, "test-net", 1000, ImageNetNames: true,
            [new(285, new("єгипетська кішка", "Egyptian cat"), "Egyptian cat", 0.7), new(282, new("тигрова кішка", "tiger cat"), "tiger cat", 0.2)],
            TopSum: 0.9, NetworkWindow: new PhotoWindow(5, 0, 30, 30), MeanColour: null);
        using var bitmap = new SKBitmap(Small.Width, Small.Height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        var layout = CnnInferenceFigure.Draw(new SlideCanvas(canvas, Small), data, Lang.Uk);

        Assert.Equal(2, layout.BarFills.Count);
        Assert.True(layout.BarFills[0].Width > layout.BarFills[1].Width * 3, "70 % bar should be 3.5× the 20 % bar");
        AssertColour(bitmap, layout.BarFills[0].MidX, layout.BarFills[0].MidY, LessonColors.Blue);
        AssertColour(bitmap, layout.BarFills[1].MidX, layout.BarFills[1].MidY, LessonColors.SkyBlue);
        var emptyTrack = bitmap.GetPixel((int)(layout.BarFills[1].Right + 20), (int)layout.BarFills[1].MidY);
        Assert.Equal(new SKColor(0xEC, 0xEC, 0xEC), emptyTrack);
        var left = bitmap.GetPixel((int)layout.Photo.Left + 3, (int)layout.Photo.MidY); // outside the dashed window
        Assert.Equal(new SKColor(30, 160, 90), left);
        Assert.Equal(40f / 30f, layout.Photo.Width / layout.Photo.Height, 2);
    }

    [SharedFact]
    public void Ukrainian_and_english_figures_differ_only_in_text()
    {
        var files = new[] { Lang.Uk, Lang.En }.Select(lang =>
            SlideRun.Of(c => Slide6CnnInference.Run(c, Slide6Options.Default with { ModelPath = RepoPaths.SharedModel }), Small, lang).Outcome.Figures[0].Sha256)
            .ToArray();
        Assert.NotEqual(files[0], files[1]);
    }

    [Fact]
    public void Bad_options_are_one_line_errors_and_write_no_figure()
    {
        var context = SlideRun.NewContext(Small);
        void Run(Slide6Options options) => LessonRun.Execute(context, [c => Slide6CnnInference.Run(c, options)]);

        Assert.Contains("--top", Assert.Throws<LessonException>(() => Run(Slide6Options.Default with { Top = 21 })).Message);
        var missing = Path.Combine(context.OutputDirectory, "no-photo.jpg");
        Assert.Contains("no-photo.jpg", Assert.Throws<LessonException>(() => Run(Slide6Options.Default with { ImagePath = missing })).Message);
        var noModel = Path.Combine(context.OutputDirectory, "resnet81.onnx");
        Assert.Contains("--model", Assert.Throws<LessonException>(() => Run(Slide6Options.Default with { ModelPath = noModel })).Message);
        Assert.Empty(Directory.GetFiles(context.OutputDirectory, "*.png"));
    }

    private static ManifestFile Manifest(SlideRun run) => ManifestFile.Read(run.Folder);

    private static void AssertColour(SKBitmap bitmap, float x, float y, ScottPlot.Color expected)
    {
        var actual = bitmap.GetPixel((int)x, (int)y);
        Assert.True(Math.Abs(actual.Red - expected.R) <= 2 && Math.Abs(actual.Green - expected.G) <= 2 && Math.Abs(actual.Blue - expected.B) <= 2,
            $"pixel ({x:F0}, {y:F0}) is {actual}, expected {expected.ToHex()}");
    }
}
