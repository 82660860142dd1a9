using System.Text.Json.Nodes;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Figures.Slide7;
using NnLesson.Figures.Style;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Manifest;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Slides.Tests.Animation;

namespace NnLesson.Slides.Tests.Slide7;

/// <summary>
/// Slide 7 run once on the CC0 cat (Ukrainian, 1600×900) through the shared harness, and its recipe's result computed
/// once for the tests that check the numbers behind the figures.
/// </summary>
public sealed class Slide7Fixture
{
    public Slide7Fixture()
    {
        Run = SlideRun.Of(c => Slide7InsideCnn.Run(c, Options), FigureSize.Default);
        Result = Slide7InsideCnn.Recipe.Compute(Options, Run.Context.Seed, SlideProgress.None);
    }

    public static string Chelsea => Path.Combine(RepoPaths.Shared, "images", "cc0", "chelsea.png");

    public static Slide7Options Options => new(Chelsea);

    public SlideRun Run { get; }

    public Slide7Result Result { get; }

    /// <summary>manifest.json's <c>metrics.slide7</c> as written to disk.</summary>
    public JsonObject ManifestMetrics =>
        JsonNode.Parse(File.ReadAllText(Run.Context.OutputPath(RunManifest.FileName)))!["metrics"]!["slide7"]!.AsObject();
}

public class Slide7InsideCnnTests(Slide7Fixture fixture) : IClassFixture<Slide7Fixture>
{
    /// <summary>metrics.slide7's documented key names, in order (a contract with users of manifest.json).</summary>
    public static readonly string[] MetricKeys =
    [
        "network", "engine", "multiply_adds", "from_scratch_ms", "onnx_runtime_ms", "parity", "mean_image_channel_means_bgr",
        "residual_block", "residual_branch_to_input", "cam_network", "top_class", "top_probability",
    ];

    public static readonly string[] ParityKeys = ["stage", "shape", "receptive_field", "max_abs_diff", "max_abs_reference", "relative", "within_1e-4"];

    [SharedFact]
    public void Writes_the_five_figures_and_the_convolution_animation_at_the_requested_size()
    {
        Assert.Equal(Slide7InsideCnn.FigureFiles, fixture.Run.Outcome.Figures.Select(f => f.FileName));
        foreach (var figure in fixture.Run.Outcome.Figures.Where(f => f.FileName.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var bitmap = PngAssert.IsFigure(figure.Path, 1600, 900);
        }
        // The animation is drawn at most 960×540: one frame per output cell of [6, 6] plus the empty start.
        var frames = GifAssert.IsAnimation(fixture.Run.Context.OutputPath(ConvolutionAnimationFigure.FileName), 960, 540, 6 * 6 + 1);
        frames.ForEach(f => f.Dispose());
    }

    [SharedFact]
    public void The_manifest_keeps_the_documented_metric_key_names()
    {
        var metrics = fixture.ManifestMetrics;
        Assert.Equal(MetricKeys, metrics.Select(p => p.Key));
        Assert.All(metrics["parity"]!.AsArray(), p => Assert.Equal(ParityKeys, p!.AsObject().Select(q => q.Key)));
        Assert.Equal(["image"], JsonNode.Parse(File.ReadAllText(fixture.Run.Context.OutputPath(RunManifest.FileName)))!["parameters"]!["slide7"]!
            .AsObject().Select(p => p.Key));
    }

    [SharedFact]
    public void The_manifest_records_parity_at_every_stage_and_the_top_class()
    {
        var m = fixture.ManifestMetrics;
        var parity = m["parity"]!.AsArray();
        Assert.Equal(["conv1", "layer1", "layer2", "layer3", "layer4", "features"], parity.Select(p => (string?)p!["stage"]));
        Assert.Equal(["[64, 112, 112]", "[64, 56, 56]", "[128, 28, 28]", "[256, 14, 14]", "[512, 7, 7]", "[512, 1, 1]"], parity.Select(p => (string?)p!["shape"]));
        Assert.All(parity, p => Assert.True((double)p!["relative"]! <= 1e-4 && (bool)p["within_1e-4"]!, $"{p["stage"]}: {p["relative"]}"));
        Assert.All(parity, p => Assert.True((double)p!["max_abs_reference"]! > 1));
        // Receptive fields follow r′ = r + (k − 1)·jump: conv1 7, after the max-pool and layer1's four 3×3 convolutions 43.
        Assert.Equal(7, (int)parity[0]!["receptive_field"]!);
        Assert.Equal(43, (int)parity[1]!["receptive_field"]!);
        Assert.Equal("Egyptian cat", (string?)m["top_class"]);
        Assert.Equal("mobilenetv2-12-int8", (string?)m["cam_network"]);
        Assert.Equal("layer1, block 1", (string?)m["residual_block"]);
        Assert.InRange((long)m["multiply_adds"]!, 2_040_000_000L, 2_050_000_000L);
        Assert.True((double)m["from_scratch_ms"]! > 0 && (double)m["onnx_runtime_ms"]! > 0);
    }

    [SharedFact]
    public void The_residual_ratio_is_mean_abs_branch_over_mean_abs_input_over_the_whole_block_recomputed_by_hand()
    {
        // Independently of the slide: x from the network, F(x) through the readable Conv2d and BatchNorm loops
        // (the slide's tensors come from the fast path with BN folded into the convolutions), sums in double.
        var backbone = ResNet18Backbone.Shared();
        var block = backbone.FirstBlock;
        var input = backbone.Preprocess.FromCrop(fixture.Result.Crop);
        var x = backbone.Fast.Run(input, CnnRunOptions.Fast, [block.Input]).Kept[block.Input]; // [64, 56, 56]
        var (conv1, bn1, conv2, bn2) = (block.Conv1, block.Bn1, block.Conv2, block.Bn2);
        var f = bn2.Norm.Forward(Conv2d.Forward(Elementwise.Relu(bn1.Norm.Forward(Conv2d.Forward(x, conv1.Kernel, conv1.Stride, conv1.Pad))),
            conv2.Kernel, conv2.Stride, conv2.Pad)); // F(x): [64, 56, 56]
        var ratio = f.Data.Sum(v => Math.Abs((double)v)) / x.Data.Sum(v => Math.Abs((double)v));

        var residual = fixture.Result.Network!.Residual;
        Assert.Equal(ratio, residual.BranchToInputRatio, 1e-4);
        Assert.Equal(Math.Round(ratio, 4), (double)fixture.ManifestMetrics["residual_branch_to_input"]!, 1e-4);
        // The figure shows one channel of those same tensors.
        Assert.Equal(x.Plane(residual.Channel), residual.X);
        Assert.All(f.Plane(residual.Channel).Zip(residual.Branch), p => Assert.Equal(p.First, p.Second, 1e-3f));
    }

    [SharedFact]
    public void Each_residual_panel_has_its_own_scale_so_the_largest_x_is_drawn_in_full_colour()
    {
        // With one scale shared with the larger sum, x's largest value was only ~60 % vermillion; on its own scale it is full.
        using var png = PngAssert.Decode(fixture.Run.Context.OutputPath(ResidualFigure.FileName));
        var target = LessonColors.Vermillion;
        var closest = int.MaxValue;
        for (var y = 245; y < 535; y += 2)
        {
            for (var x = 95; x < 385; x += 2) // the x panel: design (90, 240) to (390, 540)
            {
                var p = png.GetPixel(x, y);
                closest = Math.Min(closest, Math.Abs(p.Red - target.R) + Math.Abs(p.Green - target.G) + Math.Abs(p.Blue - target.B));
            }
        }
        Assert.True(closest <= 12, $"the x panel's most saturated pixel is {closest} away from vermillion");
    }

    [SharedFact]
    public void The_cam_classes_carry_their_ukrainian_imagenet_names()
    {
        var top = fixture.Result.Cam.Classes![0];
        Assert.Equal(285, top.Index);
        Assert.Equal("Egyptian cat", top.Label);
        Assert.Equal(UkrainianClassNames.For(285), top.UkrainianLabel);
        Assert.Matches("[а-яіїєґ]", top.UkrainianLabel);
        Assert.All(fixture.Result.Cam.Classes, c => Assert.Equal(UkrainianClassNames.For(c.Index), c.UkrainianLabel));
        Assert.Contains(fixture.Run.Reporter.Lines, l => l.Contains($"«{top.UkrainianLabel}» (Egyptian cat, ", StringComparison.Ordinal));
    }

    [SharedFact]
    public void The_convolution_figure_shows_the_brightness_map_in_grey_and_the_filters_in_colour()
    {
        using var conv = PngAssert.Decode(fixture.Run.Context.OutputPath(ConvolutionFigure.FileName));
        // Centre of the input map (design x 40…470, y 150…580): grey, R = G = B.
        var grey = conv.GetPixel(255, 365);
        Assert.True(Math.Abs(grey.Red - grey.Green) <= 1 && Math.Abs(grey.Green - grey.Blue) <= 1, $"input map pixel {grey}");
        using var filters = PngAssert.Decode(fixture.Run.Context.OutputPath(FiltersFigure.FileName));
        // The tiles (design x 60…796, y 95…831) hold colour: some pixel there is far from grey.
        var colourful = 0;
        for (var y = 100; y < 820; y += 7)
        {
            for (var x = 65; x < 790; x += 7)
            {
                var p = filters.GetPixel(x, y);
                colourful += Math.Max(Math.Max(p.Red, p.Green), p.Blue) - Math.Min(Math.Min(p.Red, p.Green), p.Blue) > 80 ? 1 : 0;
            }
        }
        Assert.True(colourful > 100, $"{colourful} colourful samples in the filter grid");
    }

    [SharedFact]
    public void The_cam_figure_overlays_the_map_on_the_photo()
    {
        using var cam = PngAssert.Decode(fixture.Run.Context.OutputPath(CamFigure.FileName));
        // Photo tile at design x 60…400; first overlay 380 px to its right: same place in the photo, different colour.
        var differing = 0;
        for (var y = 200; y < 520; y += 10)
        {
            for (var x = 70; x < 390; x += 10)
            {
                var a = cam.GetPixel(x, y);
                var b = cam.GetPixel(x + 380, y);
                differing += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) > 40 ? 1 : 0;
            }
        }
        Assert.True(differing > 300, $"{differing} of 1024 samples differ between the photo and its overlay");
    }

    [SharedFact]
    public void The_residual_block_is_found_in_the_graph_with_its_shortcut_and_branch()
    {
        var backbone = ResNet18Backbone.Shared();
        var block = backbone.FirstBlock;
        var steps = backbone.Readable.Steps;
        // The shortcut x is the stem's max-pool output, and the block's first convolution reads it.
        Assert.Equal(steps.First(s => s.Layer is PoolLayer { IsMax: true }).Output, block.Input);
        Assert.Same(block.Conv1, steps.First(s => s.Inputs.Contains(block.Input) && s.Layer is ConvLayer).Layer);
        Assert.Equal(steps.First(s => s.Layer is AddLayer).Output, block.Sum);
        Assert.Equal("Conv 3×3 → BN → ReLU → Conv 3×3 → BN", block.Operators);
        Assert.All(new[] { block.Conv1, block.Conv2 }, c => Assert.Equal((64, 64, 3, 3), (c.Kernel.OutChannels, c.Kernel.InChannels, c.Kernel.Height, c.Kernel.Width)));
        // The fast path (BN folded) keeps the four tensors under the same names, so the slide can read them there.
        var fastOutputs = backbone.Fast.Steps.Select(s => s.Output).ToHashSet();
        Assert.Subset(fastOutputs, new HashSet<string> { block.Branch, block.Sum, block.Output, block.Input });
    }
}

/// <summary>Slide 7's parts that need no ResNet-18: the convolution by hand, and the run on a machine without the package.</summary>
public class Slide7WithoutResNetTests
{
    [Fact]
    public void Convolution_by_hand_finds_a_vertical_edge_and_its_value_is_the_sum_of_the_nine_products()
    {
        // Left half black, right half white: Sobel's kernel answers 1 + 2 + 1 = 4 on the boundary, 0 on flat areas.
        var pixels = new byte[224 * 224 * 3];
        for (var y = 0; y < 224; y++)
        {
            for (var x = 112; x < 224; x++)
            {
                pixels[(y * 224 + x) * 3] = pixels[(y * 224 + x) * 3 + 1] = pixels[(y * 224 + x) * 3 + 2] = 255;
            }
        }
        var d = ConvolutionExample.ByHand(ConvolutionExample.Brightness(new RgbImage(224, 224, pixels)), "edge");
        Assert.Equal(4f, d.Value, 4);
        Assert.InRange(d.Col, 111, 112);
        Assert.Equal(0f, d.Output[100 * 224 + 50], 6);
        Assert.Equal(d.Value, d.Patch.Zip(d.Kernel, (p, k) => p * k).Sum(), 5);
    }

    [Fact]
    public void Without_the_resnet_package_it_warns_writes_the_convolution_figures_and_the_cam_and_keeps_the_metric_keys()
    {
        var recipe = Slide7InsideCnn.WithBackbone(() => null);

        var run = SlideRun.Of(c => Recipes.RecipeRun.Run(recipe, c, Slide7Options.Default), new FigureSize(640, 360), Lang.En);

        Assert.Equal([ConvolutionFigure.FileName, ConvolutionAnimationFigure.FileName, CamFigure.FileName], run.Outcome.Figures.Select(f => f.FileName));
        Assert.Contains(run.Reporter.Lines, l => l.Contains("ResNet-18 is not in the NuGet folder", StringComparison.Ordinal));
        var metrics = JsonNode.Parse(File.ReadAllText(run.Context.OutputPath(RunManifest.FileName)))!["metrics"]!["slide7"]!.AsObject();
        Assert.Equal(Slide7InsideCnnTests.MetricKeys, metrics.Select(p => p.Key));
        Assert.Null(metrics["network"]);
        Assert.Null(metrics["parity"]);
        Assert.Equal("Egyptian cat", (string?)metrics["top_class"]);
    }

    [Fact]
    public void Every_recipe_step_runs_without_resnet_so_the_convolution_and_its_animation_are_always_there()
    {
        // Compute, Report, the figures drawn and encoded, Metrics and Parameters: the whole recipe, with no ResNet-18
        // (and on a fresh machine with no classifier for the maps either).
        var recipe = Slide7InsideCnn.WithBackbone(() => null);

        var run = SlideRun.Of(c => Recipes.RecipeRun.Run(recipe, c, new Slide7Options(RepoPaths.SamplePhoto)), new FigureSize(640, 360), Lang.En);

        Assert.StartsWith("Slide 7", run.Reporter.Lines[0].Trim('=', ' '));
        Assert.Contains(run.Reporter.Lines, l => l.StartsWith("Convolution by hand", StringComparison.Ordinal));
        var gif = run.Context.OutputPath(ConvolutionAnimationFigure.FileName);
        using (var animation = SixLabors.ImageSharp.Image.Load(gif))
        {
            Assert.True(animation.Frames.Count > 1, $"{animation.Frames.Count} frame(s) in {gif}");
        }
        Assert.True(new FileInfo(run.Context.OutputPath(ConvolutionFigure.FileName)).Length > 0);
        var manifest = JsonNode.Parse(File.ReadAllText(run.Context.OutputPath(RunManifest.FileName)))!;
        Assert.Null(manifest["metrics"]!["slide7"]!["from_scratch_ms"]);
        Assert.Equal(Path.GetFullPath(RepoPaths.SamplePhoto), (string?)manifest["parameters"]!["slide7"]!["image"]);
    }
}
