using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Tests.Transfer;

public class ResNet18FeatureExtractorTests
{
    [Fact]
    public void The_maps_constant_is_the_final_pools_input_and_the_exposed_file_outputs_it_after_the_features()
    {
        var package = ResNet18Package.Require().Verified();
        var graph = OnnxGraph.Parse(File.ReadAllBytes(package.BackboneFile));
        var pool = graph.Nodes.Last(n => n.OpType is "AveragePool" or "GlobalAveragePool");
        Assert.Equal(ResNet18FeatureExtractor.LastMapsTensor, pool.Inputs[0]);
        Assert.Equal(ResNet18Package.OutputName, pool.Outputs[0]);

        // The edited file is the model's bytes unchanged, then a second ModelProto.graph with just the extra output;
        // both readers merge the two (ONNX Runtime's session returns both outputs: the next test reads them).
        var edited = Path.Combine(RepoPaths.NewTempFolder(), "edited.onnx");
        GraphOutputExposer.ExposeToFile(package.BackboneFile, [ResNet18FeatureExtractor.LastMapsTensor], edited);
        var bytes = File.ReadAllBytes(edited);
        var original = File.ReadAllBytes(package.BackboneFile);
        Assert.True(bytes.AsSpan(0, original.Length).SequenceEqual(original), "the original bytes come first, unchanged");
        var reparsed = OnnxGraph.Parse(bytes);
        Assert.Equal([ResNet18Package.OutputName, ResNet18FeatureExtractor.LastMapsTensor], reparsed.Outputs);
        Assert.Equal(graph.Nodes.Count, reparsed.Nodes.Count);
        Assert.Throws<IOException>(() => GraphOutputExposer.ExposeToFile(package.BackboneFile, [ResNet18FeatureExtractor.LastMapsTensor], edited)); // never overwrites
    }

    [Fact]
    public void The_features_are_the_averages_of_the_last_maps()
    {
        using var extractor = ResNet18FeatureExtractor.Open(ResNet18Package.Require().Verified());
        var result = extractor.Extract(ImageLoader.Load(RepoPaths.SamplePhoto));
        Assert.Equal((512, 512, 7, 7), (result.Features.Length, result.Channels, result.Height, result.Width));
        var averages = Enumerable.Range(0, 512).Select(k => result.Map(k).ToArray().Average(v => (double)v)).ToArray();
        Tolerance.AllClose([.. result.Features.Select(f => (double)f)], averages, 1e-5, 1e-4, "GAP(maps) vs features");
        Assert.True(result.Maps.All(v => v >= 0), "the maps come after a ReLU");
        Assert.True(result.Features.Max() > 0.1, "a real photo switches features on");
    }
}
