using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;
using NnLesson.Tests.Shared;

namespace NnLesson.Vision.Tests.Transfer;

public class ResNet18FeatureExtractorTests
{
    [Fact]
    public void The_maps_constant_is_the_final_pools_input_and_appending_makes_it_an_output()
    {
        var package = ResNet18Package.Require().Verified();
        var pool = OnnxGraph.Parse(File.ReadAllBytes(package.BackboneFile)).Nodes.Last(n => n.OpType is "AveragePool" or "GlobalAveragePool");
        Assert.Equal(ResNet18FeatureExtractor.LastMapsTensor, pool.Inputs[0]);
        Assert.Equal(ResNet18Package.OutputName, pool.Outputs[0]);

        // The appended tail is a second ModelProto.graph holding just the extra output; ONNX Runtime merges the two
        // (the extractor's session returns both outputs: the next test reads them).
        var bytes = AppendedGraphOutput.Read(package.BackboneFile, ResNet18FeatureExtractor.LastMapsTensor);
        var tail = bytes.AsSpan((int)new FileInfo(package.BackboneFile).Length).ToArray();
        Assert.Equal(new FileInfo(package.BackboneFile).Length + tail.Length, bytes.Length);
        Assert.Equal([ResNet18FeatureExtractor.LastMapsTensor], OnnxGraph.Parse([.. new byte[] { 0x08, 0x03 }, .. tail]).Outputs);
    }

    [Fact]
    public void The_features_are_the_averages_of_the_last_maps()
    {
        using var extractor = ResNet18FeatureExtractor.Open(ResNet18Package.Require().Verified());
        var result = extractor.Extract(ImageLoader.Load(RepoPaths.SharedImage("banana_0.jpg")));
        Assert.Equal((512, 512, 7, 7), (result.Features.Length, result.Channels, result.Height, result.Width));
        var averages = Enumerable.Range(0, 512).Select(k => result.Map(k).ToArray().Average(v => (double)v)).ToArray();
        Tolerance.AllClose([.. result.Features.Select(f => (double)f)], averages, 1e-5, 1e-4, "GAP(maps) vs features");
        Assert.True(result.Maps.All(v => v >= 0), "the maps come after a ReLU");
        Assert.True(result.Features.Max() > 0.1, "a real photo switches features on");
    }
}
