using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Figures.Common;
using NnLesson.Figures.Slide8;
using NnLesson.Figures.Text;
using NnLesson.Slides.Lessons;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide8;

public class Slide8PipelineTests(Slide8WithModelFixture withModel) : IClassFixture<Slide8WithModelFixture>
{
    private static readonly FigureSize Small = new(960, 540);

    private static string Chelsea => Slide8WithModelFixture.Chelsea;

    [SharedFact]
    public void With_the_shared_model_the_figure_renders_and_the_metrics_name_every_stage()
    {
        var outcome = withModel.Run.Outcome;
        var figure = Assert.Single(outcome.Figures);
        Assert.Equal("slide8_pipeline.png", figure.FileName);
        using var bitmap = PngAssert.IsFigure(figure.Path, 1600, 900);

        var m = ManifestFile.Read(withModel.Run.Folder).Metrics("slide8");
        Assert.Equal("300×451×3", (string?)m["raw_shape"]);
        Assert.Equal("256×384×3", (string?)m["resized_shape"]);
        Assert.Equal("224×224×3", (string?)m["crop_shape"]);
        Assert.Equal([1L, 3, 224, 224], Longs(m["tensor_shape"]));
        Assert.Equal("onnx", (string?)m["backend"]);
        Assert.Equal("mobilenetv2-12-int8", (string?)m["model"]);
        Assert.Equal("--model", (string?)m["model_source"]);
        // Restore brings the lecture's ResNet-18, so stage 3 shows its first Conv → BN → ReLU, computed from scratch.
        Assert.Equal("ResNet-18 conv1 (from scratch)", (string?)m["feature_layer"]);
        Assert.Equal("Conv → BatchNormalization → Relu", (string?)m["feature_operators"]);
        Assert.Equal([1L, 64, 112, 112], Longs(m["feature_shape"]));
        Assert.Equal("float", (string?)m["feature_values"]);
        Assert.Equal(0.0, (double)m["feature_min"]!); // after ReLU

        // The teaching claim of the slide: the CC0 cat is a cat (DATA_SOURCES.md: Egyptian cat 69 %, tiger cat, tabby).
        var top = m["top"]!.AsArray();
        Assert.Equal(5, top.Count);
        Assert.Equal("Egyptian cat", (string?)top[0]!["label"]);
        Assert.Equal(285, (int)top[0]!["index"]!);
        var p = top.Select(t => (double)t!["probability"]!).ToArray();
        // 69 % there came from PIL's resize; this library's bilinear resize gives 70.5 %, within 2 points.
        Tolerance.Close(p[0], 0.69, atol: 0.02);
        Assert.Equal(p.OrderByDescending(x => x), p);
        Assert.InRange(p.Sum(), 0.9, 1.0 + 1e-9);
        Assert.Equal(["Egyptian cat", "tiger cat", "tabby"], top.Take(3).Select(t => (string?)t!["label"]));
    }

    [SharedFact]
    public void Stage_two_reports_the_classifiers_normalised_tensor()
    {
        var outcome = withModel.Run.Outcome;

        // Independent reference: the vision library's own preprocessing of the same file.
        var tensor = ImageNetPreprocessing.Run(ImageLoader.Load(Chelsea)).Tensor;
        const int plane = 224 * 224;
        var min = Enumerable.Range(0, 3).Select(c => (double)tensor.Skip(c * plane).Take(plane).Min()).ToArray();
        var max = Enumerable.Range(0, 3).Select(c => (double)tensor.Skip(c * plane).Take(plane).Max()).ToArray();
        Assert.Equal(min, outcome.Metrics!["tensor_channel_min"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(max, outcome.Metrics!["tensor_channel_max"]!.AsArray().Select(v => (double)v!));
        // (v/255 − 0.485)/0.229 ≥ −2.118 and ≤ 2.249 for every byte v: the R range must lie inside.
        Assert.InRange(min[0], -2.1180, 2.2490);
        Assert.Contains(withModel.Run.Reporter.Lines, l => l.Contains("канал R") && l.Contains(NumberText.Plain(min[0], Lang.Uk, 3))); // Ukrainian run: "−2,101"
    }

    [SharedFact]
    public void When_stage_three_is_resnet_stage_two_draws_resnets_own_input_bgr_minus_the_mean_image()
    {
        // Restore brings ResNet-18, so stage 3 shows its conv1; the panel before it must show what that network gets:
        // x[c, y, x] = crop[y, x, 2 − c] − M[c, y, x] (B, G, R on 0…255), written out here from the crop and M.
        var crop = ImageNetPreprocessing.Run(ImageLoader.Load(Chelsea)).Cropped;
        var mean = ResNet18Backbone.Shared().Preprocess.MeanImage;
        const int plane = 224 * 224;
        var x = new float[3 * plane];
        for (var c = 0; c < 3; c++)
        {
            for (var i = 0; i < plane; i++)
            {
                x[c * plane + i] = crop[i / 224, i % 224, 2 - c] - mean[c * plane + i];
            }
        }
        var limit = x.Max(MathF.Abs);

        var job = Assert.Single(Slide8PipelineExplain.Recipe.Figures(Slide8PipelineExplain.Recipe.Compute(new Slide8Options(Chelsea, RepoPaths.SharedModel), 0)));
        var data = Assert.IsType<PipelineFigureData>(job.Data);
        Assert.Equal(("ResNet-18", InputKind.ResNetMeanImage), (data.FeatureNetwork, data.InputKind));
        Assert.Equal(["B", "G", "R"], data.Channels.Names);
        Assert.Equal(x, data.Channels.Tensor);
        Assert.DoesNotContain("scratch", data.FeatureLabel!.Value.Uk); // the uk figure names the layer in Ukrainian

        // Pixels of the three channel maps are those values on the diverging scale (nearest-neighbour, ±1 source pixel).
        using var bitmap = PngAssert.Decode(withModel.Run.Outcome.Figures[0].Path);
        var layout = new PipelineLayout(FigureSize.Default);
        var maps = PreprocessingPanel.Place(layout.Contents[1], layout.Scale).Channels;
        for (var c = 0; c < 3; c++)
        {
            var rect = maps[c];
            for (var k = 0; k < 40; k++)
            {
                var (u, v) = ((int)(rect.Left + 3 + (rect.Width - 6) * ((k * 7 % 40) + 0.5f) / 40), (int)(rect.Top + 3 + (rect.Height - 6) * (k + 0.5f) / 40));
                var sx = (int)((u + 0.5f - rect.Left) / rect.Width * 224);
                var sy = (int)((v + 0.5f - rect.Top) / rect.Height * 224);
                var pixel = bitmap.GetPixel(u, v);
                var matched = false;
                for (var dy = -1; dy <= 1 && !matched; dy++)
                {
                    for (var dx = -1; dx <= 1 && !matched; dx++)
                    {
                        var (y, xx) = (Math.Clamp(sy + dy, 0, 223), Math.Clamp(sx + dx, 0, 223));
                        matched = Close(pixel, MapColors.Diverging(x[c * plane + y * 224 + xx], limit));
                    }
                }
                Assert.True(matched, $"channel {c}: pixel ({u}, {v}) = {pixel} is not the colour of x[{c}, {sy}±1, {sx}±1]");
            }
        }
    }

    [SharedFact]
    public void Without_a_model_stages_one_and_two_stay_real_and_three_four_say_how_to_get_one()
    {
        // The documented way to run without a model: ModelResolver returned null (no --model, no
        // NNLESSON_MODEL, no models/ or ../shared/models), which this overload receives directly.
        var run = SlideRun.Of(c => Slide8PipelineExplain.Run(c, Chelsea, model: null), Small, Lang.En);
        var outcome = run.Outcome;

        using var bitmap = PngAssert.IsFigure(outcome.Figures[0].Path, Small.Width, Small.Height);
        var m = ManifestFile.Read(run.Folder).Metrics("slide8");
        Assert.Equal("none", (string?)m["backend"]);
        Assert.Null(m["model"]);
        Assert.False(m.ContainsKey("top"));
        Assert.False(m.ContainsKey("feature_shape"));
        Assert.Equal("300×451×3", (string?)m["raw_shape"]);
        Assert.Equal(3, m["tensor_channel_min"]!.AsArray().Count);
        Assert.Contains(run.Reporter.Lines, l => l.Contains("nnlesson model download resnet18") && l.Contains("--model"));

        // Where the first feature map would be, the figure shows the grey "model needed" box.
        var layout = new PipelineLayout(Small);
        var firstMap = FeatureMapsPanel.Place(layout.Contents[2], layout.Scale, FeatureMapsPanel.Shown)[0];
        var pixel = bitmap.GetPixel((int)firstMap.MidX, (int)firstMap.MidY);
        Assert.True(Close(pixel, SlideCanvas.PanelFill), $"expected the grey 'model needed' box, got {pixel}");
    }

    [SharedFact]
    public void With_a_model_the_first_feature_map_is_drawn_in_viridis_colours()
    {
        using var bitmap = PngAssert.Decode(withModel.Run.Outcome.Figures[0].Path);
        var layout = new PipelineLayout(FigureSize.Default);
        var firstMap = FeatureMapsPanel.Place(layout.Contents[2], layout.Scale, FeatureMapsPanel.Shown)[0];
        // Viridis runs from dark purple (68, 1, 84) to yellow (253, 231, 37): never grey, blue is never the only low channel.
        var colours = Enumerable.Range(0, 10).Select(i => bitmap.GetPixel((int)(firstMap.Left + firstMap.Width * (i + 0.5f) / 10), (int)firstMap.MidY)).ToList();
        Assert.All(colours, p => Assert.True(Math.Max(p.Red, Math.Max(p.Green, p.Blue)) - Math.Min(p.Red, Math.Min(p.Green, p.Blue)) > 30, $"{p} is greyish"));
        Assert.True(colours.Distinct().Count() > 3, "a feature map of a real photo is not one flat colour");
    }

    [SharedFact]
    public void Both_languages_render()
    {
        foreach (var lang in new[] { Lang.Uk, Lang.En })
        {
            var run = SlideRun.Of(c => Slide8PipelineExplain.Run(c, Chelsea, model: null), new FigureSize(640, 360), lang);
            using var _ = PngAssert.IsFigure(run.Outcome.Figures[0].Path, 640, 360);
        }
    }

    [SharedFact]
    public void A_missing_photo_or_model_is_a_one_line_error_and_writes_no_figure()
    {
        var context = SlideRun.NewContext(Small);
        void Run(Slide8Options options) => LessonRun.Execute(context, [c => Slide8PipelineExplain.Run(c, options)]);
        var missing = Path.Combine(context.OutputDirectory, "no-such-photo.jpg");
        Assert.Contains("no-such-photo.jpg", Assert.Throws<LessonException>(() => Run(new Slide8Options(missing, RepoPaths.SharedModel))).Message);
        Assert.Contains("model.onnx", Assert.Throws<LessonException>(() => Run(new Slide8Options(Chelsea, "/nope/model.onnx"))).Message);
        var notAnImage = Path.Combine(context.OutputDirectory, "notes.jpg");
        File.WriteAllText(notAnImage, "this is text, not a JPEG");
        Assert.Throws<LessonException>(() => Run(new Slide8Options(notAnImage, null)));
        Assert.False(File.Exists(context.OutputPath(PipelineFigure.FileName)));
        Assert.False(File.Exists(context.OutputPath("manifest.json")));
    }

    [SharedFact]
    public void The_default_photo_is_the_repository_sample_and_the_defaults_run_end_to_end()
    {
        Assert.Equal(Path.Combine(RepoPaths.Root, "data", "sample.jpg"), Slide8PipelineExplain.ResolveImage(null));
        Assert.Equal("other.png", Slide8PipelineExplain.ResolveImage("other.png"));

        // As `nnlesson slide8` runs with no options: data/sample.jpg (the CC0 cat, 451×300) and whatever model
        // the resolver finds (here: ../shared/models beside the repository).
        var run = SlideRun.Of(c => Slide8PipelineExplain.Run(c, Slide8Options.Default), new FigureSize(640, 360));
        var outcome = run.Outcome;
        using var _ = PngAssert.IsFigure(outcome.Figures[0].Path, 640, 360);
        Assert.Equal("300×451×3", (string?)outcome.Metrics!["raw_shape"]);
        Assert.EndsWith("sample.jpg", (string?)outcome.Parameters!["image"]);
        var resolved = NnLesson.Vision.Models.ModelResolver.Resolve(null);
        Assert.Equal(resolved is null ? "none" : "onnx", (string?)outcome.Metrics["backend"]);
        Assert.Equal(resolved?.ModelName, (string?)outcome.Metrics["model"]);
    }

    [SharedFact]
    public void The_diverging_scale_is_white_at_the_mean_and_the_class_colours_at_the_ends()
    {
        Assert.Equal(SKColors.White, MapColors.Diverging(0, 2));
        Assert.Equal(new SKColor(0x00, 0x72, 0xB2), MapColors.Diverging(-2, 2));
        Assert.Equal(new SKColor(0xD5, 0x5E, 0x00), MapColors.Diverging(2, 2));
        Assert.Equal(MapColors.Diverging(5, 2), MapColors.Diverging(2, 2)); // clipped beyond the limit
    }

    [SharedFact]
    public void Ukrainian_plurals_follow_the_number() // from 10 000 on, thousands are separated by a no-break space
    {
        Assert.Equal("405\u00A0900 чисел", PipelineTexts.Numbers(405_900).Uk);
        Assert.Equal("21 число", PipelineTexts.Numbers(21).Uk);
        Assert.Equal("1000 ймовірностей, сума 1", PipelineTexts.Probabilities(1000).Uk); // four digits stay whole
        Assert.Equal("21\u00A0843 probabilities, sum 1", PipelineTexts.Probabilities(21_843).En);
        Assert.Equal("ймовірності", UkrainianPlural.Form(3, "ймовірність", "ймовірності", "ймовірностей"));
        Assert.Equal("ймовірностей", UkrainianPlural.Form(12, "ймовірність", "ймовірності", "ймовірностей"));
    }

    private static bool Close(SKColor a, SKColor b, int tolerance = 3) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;

    private static long[] Longs(JsonNode? node) => node!.AsArray().Select(v => (long)v!).ToArray();
}
