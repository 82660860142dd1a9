using System.Diagnostics;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Figures.Slide7;
using NnLesson.Tuning;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 7's pass through ResNet-18: the from-scratch fast path timed and compared with ONNX Runtime at every stage
/// (conv1, layer1 … layer4, features), and the tensors its figures show — the first filters, the most active maps of
/// each stage, and one channel of the first residual block y = ReLU(x + F(x)).
/// </summary>
internal static class Slide7ResNetPass
{
    /// <summary>The forward pass (fast path) timed and compared with ONNX Runtime at every stage, and the figures' tensors.</summary>
    public static Slide7Network Run(ResNet18Backbone backbone, RgbImage crop, string networkName)
    {
        var input = backbone.Preprocess.FromCrop(crop); // x: [3, 224, 224], B, G, R − mean image
        var block = backbone.FirstBlock;
        var keep = backbone.Stages.Select(s => s.TensorName).Concat([block.Input, block.Branch, block.Sum, block.Output]).ToList();

        backbone.Fast.Run(input, CnnRunOptions.Fast); // the first pass packs the weights; time the second
        var (run, fastMs) = Timed(() => backbone.Fast.Run(input, CnnRunOptions.Fast, keep));
        using var reference = OnnxRuntimeReference.FromFile(backbone.Package!.BackboneFile, [.. backbone.Stages.Select(s => s.TensorName)]);
        reference.Run(input);
        var (expected, ortMs) = Timed(() => reference.Run(input));

        var fields = ReceptiveField.Of(backbone.Readable, ResNetPreprocess.Size);
        var parity = backbone.Stages
            .Select(s => Compare(s.Label, run.Kept[s.TensorName], expected[s.TensorName], fields[s.TensorName].Size))
            .Append(Compare("features", run.Output, expected[reference.Outputs[0]], ResNetPreprocess.Size)).ToList();
        var depth = new DepthData(crop, backbone.Stages.Select((s, i) => DepthStage(parity[i], run.Kept[s.TensorName])).ToList(), networkName);
        return new Slide7Network(parity, fastMs, ortMs, backbone.Readable.MultiplyAdds(3, ResNetPreprocess.Size, ResNetPreprocess.Size),
            backbone.Preprocess.ChannelMeans, Filters(backbone, networkName), depth, Residual(block, run));
    }

    /// <summary>A pass and its wall time in milliseconds, with no figure drawn meanwhile (<see cref="QuietTiming"/>).</summary>
    private static (T Result, double Milliseconds) Timed<T>(Func<T> pass) => QuietTiming.Measure(() =>
    {
        var clock = Stopwatch.StartNew();
        var result = pass();
        return (result, clock.Elapsed.TotalMilliseconds);
    });

    private static StageParity Compare(string label, ChwTensor ours, float[] theirs, int field)
    {
        double maxDiff = 0, maxRef = 0;
        for (var i = 0; i < theirs.Length; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(ours.Data[i] - theirs[i]));
            maxRef = Math.Max(maxRef, Math.Abs(theirs[i]));
        }
        return new StageParity(label, ours.ShapeText, field, maxDiff, maxRef);
    }

    /// <summary>
    /// One channel of the block's tensors for the figure, and mean |F(x)| / mean |x| over the whole tensors [64, 56, 56]
    /// (sums in double). The channel: the largest min(mean |x|, mean |F(x)|), so the sum visibly mixes both.
    /// </summary>
    private static ResidualData Residual(ResidualBlock block, CnnRun run)
    {
        var x = run.Kept[block.Input];
        var f = run.Kept[block.Branch];
        var channel = Enumerable.Range(0, f.Channels).MaxBy(c => Math.Min(MeanAbs(x.Plane(c)), MeanAbs(f.Plane(c))));
        var ratio = MeanAbs(f.Data) / Math.Max(1e-12, MeanAbs(x.Data));
        return new ResidualData(block.Stage, block.Index, block.Operators, x.Channels, x.Height, x.Width, channel,
            x.Plane(channel), f.Plane(channel), run.Kept[block.Sum].Plane(channel), run.Kept[block.Output].Plane(channel), ratio);
    }

    private static double MeanAbs(float[] values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Abs(v);
        }
        return sum / values.Length;
    }

    /// <summary>The first convolution's weights [64, 3, 7, 7], its channels turned from B, G, R to R, G, B for display.</summary>
    private static FiltersData Filters(ResNet18Backbone backbone, string networkName)
    {
        var kernel = backbone.FirstConvolution.Kernel;
        var k = kernel.Height;
        var rgb = new float[kernel.Weights.Length];
        for (var o = 0; o < kernel.OutChannels; o++)
        {
            for (var c = 0; c < 3; c++)
            {
                Array.Copy(kernel.Weights, (o * 3 + (2 - c)) * k * k, rgb, (o * 3 + c) * k * k, k * k);
            }
        }
        return new FiltersData(rgb, kernel.OutChannels, k, networkName);
    }

    /// <summary>The three most active channels of a stage (largest mean): the maps with something to show.</summary>
    private static DepthStage DepthStage(StageParity p, ChwTensor t)
    {
        var maps = Enumerable.Range(0, t.Channels).OrderByDescending(c => t.Plane(c).Average()).Take(3).Select(c => (c, t.Plane(c))).ToList();
        return new DepthStage(p.Label, t.Channels, t.Height, t.Width, p.ReceptiveField, maps);
    }
}
