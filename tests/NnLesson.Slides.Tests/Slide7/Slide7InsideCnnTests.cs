using NnLesson.Figures;
using NnLesson.Figures.Slide7;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Tests.Shared;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide7;

/// <summary>Slide 7 run once on the CC0 cat (Ukrainian, 1600×900), shared by the tests that read its figures and metrics.</summary>
public sealed class Slide7Fixture
{
    public Slide7Fixture()
    {
        Context = new SlideContext(RepoPaths.NewTempFolder("nnlesson-slide7"), Lang.Uk, SlideContext.DefaultSeed, FigureSize.Default,
            new PlainTextReporter(TextWriter.Null));
        Outcome = Slide7InsideCnn.Run(Context, new Slide7Options(Chelsea));
    }

    public static string Chelsea => Path.Combine(RepoPaths.Shared, "images", "cc0", "chelsea.png");

    public SlideContext Context { get; }

    public SlideOutcome Outcome { get; }
}

public class Slide7InsideCnnTests(Slide7Fixture fixture) : IClassFixture<Slide7Fixture>
{
    [Fact]
    public void Writes_the_five_figures_at_the_requested_size()
    {
        Assert.Equal(Slide7InsideCnn.FigureFiles, fixture.Outcome.Figures.Select(f => f.FileName));
        foreach (var figure in fixture.Outcome.Figures)
        {
            using var bitmap = PngAssert.IsFigure(figure.Path, 1600, 900);
        }
    }

    [Fact]
    public void The_manifest_records_parity_at_every_stage_and_the_top_class()
    {
        var m = fixture.Outcome.Metrics!;
        var parity = m["parity"]!.AsArray();
        Assert.Equal(["conv1", "layer1", "layer2", "layer3", "layer4", "features"], parity.Select(p => (string?)p!["stage"]));
        Assert.Equal(["[64, 112, 112]", "[64, 56, 56]", "[128, 28, 28]", "[256, 14, 14]", "[512, 7, 7]", "[512, 1, 1]"], parity.Select(p => (string?)p!["shape"]));
        Assert.All(parity, p => Assert.True((double)p!["relative"]! <= 1e-4, $"{p["stage"]}: {p["relative"]}"));
        Assert.All(parity, p => Assert.True((double)p!["max_abs_reference"]! > 1));
        // Receptive fields follow r′ = r + (k − 1)·jump: conv1 7, after the max-pool and layer1's four 3×3 convolutions 43.
        Assert.Equal(7, (int)parity[0]!["receptive_field"]!);
        Assert.Equal(43, (int)parity[1]!["receptive_field"]!);
        Assert.Equal("Egyptian cat", (string?)m["top_class"]);
        Assert.Equal("mobilenetv2-12-int8", (string?)m["cam_network"]);
        Assert.InRange((long)m["multiply_adds"]!, 2_040_000_000L, 2_050_000_000L);
        Assert.True((double)m["from_scratch_ms"]! > 0 && (double)m["onnx_runtime_ms"]! > 0);
    }

    [Fact]
    public void The_convolution_figure_shows_the_brightness_map_in_grey_and_the_filters_in_colour()
    {
        using var conv = PngAssert.Decode(fixture.Context.OutputPath(ConvolutionFigure.FileName));
        // Centre of the input map (design x 40…470, y 150…580): grey, R = G = B.
        var grey = conv.GetPixel(255, 365);
        Assert.True(Math.Abs(grey.Red - grey.Green) <= 1 && Math.Abs(grey.Green - grey.Blue) <= 1, $"input map pixel {grey}");
        using var filters = PngAssert.Decode(fixture.Context.OutputPath(FiltersFigure.FileName));
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

    [Fact]
    public void The_cam_figure_overlays_the_map_on_the_photo()
    {
        using var cam = PngAssert.Decode(fixture.Context.OutputPath(CamFigure.FileName));
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

    [Fact]
    public void Convolution_by_hand_finds_a_vertical_edge_and_its_value_is_the_sum_of_the_nine_products()
    {
        // Left half white, right half black: the Sobel kernel answers 1 + 2 + 1 = 4 on the boundary, 0 on flat areas.
        var pixels = new byte[224 * 224 * 3];
        for (var y = 0; y < 224; y++)
        {
            for (var x = 0; x < 112; x++)
            {
                pixels[(y * 224 + x) * 3] = pixels[(y * 224 + x) * 3 + 1] = pixels[(y * 224 + x) * 3 + 2] = 255;
            }
        }
        var d = Slide7InsideCnn.ConvolutionByHand(new RgbImage(224, 224, pixels), "edge");
        Assert.Equal(4f, d.Value, 4);
        Assert.InRange(d.Col, 111, 112);
        Assert.Equal(0f, d.Output[100 * 224 + 50], 6);
        Assert.Equal(d.Value, d.Patch.Zip(d.Kernel, (p, k) => p * k).Sum(), 5);
    }

    [Fact]
    public void The_residual_block_is_found_in_the_graph_with_its_shortcut_and_branch()
    {
        var backbone = ResNet18Backbone.Load();
        var block = Slide7InsideCnn.FirstResidualBlock(backbone.Fast);
        Assert.Equal("Pooling255_Output_0", block.Input); // the max-pool output is the first block's shortcut
        Assert.Equal("Conv 3×3 → BN → ReLU → Conv 3×3 → BN", block.Operators);
        Assert.Equal("Plus267_Output_0", block.Sum);
    }
}
