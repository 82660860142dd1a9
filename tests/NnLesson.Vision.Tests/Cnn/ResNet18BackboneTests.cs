using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Vision.Tests.Cnn;

/// <summary>Loads the real ResNet-18 (63 MB) and its ONNX Runtime reference once for the whole class.</summary>
public sealed class ResNet18Fixture : IDisposable
{
    public ResNet18Fixture()
    {
        Backbone = ResNet18Backbone.Load();
        Reference = new OnnxRuntimeReference(File.ReadAllBytes(Backbone.Package!.BackboneFile), [.. Backbone.Stages.Select(s => s.TensorName)]);
    }

    public ResNet18Backbone Backbone { get; }

    public OnnxRuntimeReference Reference { get; }

    public void Dispose() => Reference.Dispose();
}

public class ResNet18BackboneTests(ResNet18Fixture fixture) : IClassFixture<ResNet18Fixture>
{
    private ResNet18Backbone Backbone => fixture.Backbone;

    [Fact]
    public void The_cntk_resnet18_loads_with_its_stem_blocks_and_pads()
    {
        var steps = Backbone.Readable.Steps;
        Assert.Equal(74, steps.Count);
        Assert.Equal(22, steps.Count(s => s.Layer is ConvLayer));
        Assert.Equal(9, steps.Count(s => s.Layer is AddLayer));
        var conv1 = Backbone.FirstConvolution;
        Assert.Equal("[64, 3, 7, 7]", conv1.Kernel.ShapeText);
        Assert.Equal((2, new Padding2d(3, 3, 2, 2)), (conv1.Stride, conv1.Pad));
        var pool = steps.Select(s => s.Layer).OfType<PoolLayer>().First(p => p.IsMax);
        Assert.Equal(new Padding2d(1, 1, 0, 0), pool.Pad);
        // Fast graph: 22 convolutions, each BN folded in, 17 ReLUs fused (those after the Adds stay).
        Assert.Equal(22 + 9 + 9 + 1 + 1, Backbone.Fast.Steps.Count);
        Assert.Equal(["conv1", "layer1", "layer2", "layer3", "layer4"], Backbone.Stages.Select(s => s.Label));
    }

    [Fact]
    public void The_stem_read_alone_is_conv1_of_the_whole_network_to_the_bit()
    {
        var stem = ResNet18Backbone.LoadStem(Backbone.Package);
        var conv1 = Backbone.Stages[0].TensorName;
        Assert.Equal(conv1, stem.TensorName);
        Assert.Equal(["Conv"], stem.Graph.Steps.Select(s => s.Layer).Select(l => l is ConvLayer { Relu: true } ? "Conv" : l.Describe()));
        var (_, x) = Backbone.Preprocess.Run(ImageLoader.Load(RepoPaths.SamplePhoto));

        var alone = stem.Graph.Run(x, CnnRunOptions.Fast).Output;
        var whole = Backbone.Fast.UpTo(conv1).Run(x, CnnRunOptions.Fast).Output;

        Assert.Equal(whole.ShapeText, alone.ShapeText); // [64, 112, 112]
        Assert.Equal(whole.Data, alone.Data);
    }

    [Fact]
    public void Mean_image_is_read_from_the_preprocess_model_and_matches_onnx_runtime_running_it()
    {
        var means = Backbone.Preprocess.ChannelMeans;
        // B, G, R channel means of the mean image as the issue measured them (≈ 103.06, 115.90, 123.15).
        Assert.Equal(103.06, means[0], 1);
        Assert.Equal(115.90, means[1], 1);
        Assert.Equal(123.15, means[2], 1);
        var (crop, input) = Backbone.Preprocess.Run(ImageLoader.Load(RepoPaths.SamplePhoto));
        var rgb = ChwTensor.Zeros(3, 224, 224);
        for (var c = 0; c < 3; c++)
        {
            for (var y = 0; y < 224; y++)
            {
                for (var x = 0; x < 224; x++)
                {
                    rgb[c, y, x] = crop[y, x, c];
                }
            }
        }
        using var prep = new OnnxRuntimeReference(File.ReadAllBytes(Backbone.Package!.PreprocessFile), []);
        var expected = prep.Run(rgb).Values.Single();
        Assert.Equal(expected, input.Data);
    }

    public static TheoryData<string> Photos => new() { "kitten_caffe_cat.jpg", "banana_0.jpg", "robin_bird_0.jpg", "samoyed_pytorch-hub_dog.jpg" };

    [SharedTheory]
    [MemberData(nameof(Photos))]
    public void Fast_path_matches_onnx_runtime_at_every_stage(string photo)
    {
        var run = Backbone.Run(ImageLoader.Load(RepoPaths.SharedImage(photo)), CnnRunOptions.Fast);
        var expected = fixture.Reference.Run(run.Input);
        string[] shapes = ["[64, 112, 112]", "[64, 56, 56]", "[128, 28, 28]", "[256, 14, 14]", "[512, 7, 7]"];
        Assert.Equal(shapes, run.Stages.Select(s => s.Tensor.ShapeText));
        foreach (var (stage, tensor) in run.Stages)
        {
            Parity.AssertClose(tensor.Data, expected[stage.TensorName], $"{photo} {stage.Label}");
        }
        Assert.Equal("[512, 1, 1]", run.Features.ShapeText);
        Parity.AssertClose(run.Features.Data, expected[fixture.Reference.Outputs[0]], $"{photo} features");
    }

    [Fact]
    public void Readable_path_matches_onnx_runtime_on_the_whole_network()
    {
        var run = Backbone.Run(ImageLoader.Load(RepoPaths.SamplePhoto), CnnRunOptions.Readable);
        var expected = fixture.Reference.Run(run.Input);
        foreach (var (stage, tensor) in run.Stages)
        {
            Parity.AssertClose(tensor.Data, expected[stage.TensorName], $"readable {stage.Label}");
        }
        Parity.AssertClose(run.Features.Data, expected[fixture.Reference.Outputs[0]], "readable features");
    }

    [Fact]
    public void A_nan_pixel_is_refused_before_the_network_runs()
    {
        var input = Backbone.Preprocess.FromCrop(ImageNetPreprocessing.CenterCrop(ImageLoader.Load(RepoPaths.SamplePhoto), 224));
        input[2, 100, 100] = float.NaN;
        var e = Assert.Throws<NnLesson.Core.LessonException>(() => Backbone.Fast.Run(input, CnnRunOptions.Fast));
        Assert.Contains("NaN", e.Message);
    }
}
