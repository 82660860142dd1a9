using System.Text.Json.Nodes;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Recipes;

namespace NnLesson.Slides.Tests.Slide8;

/// <summary>
/// The key names of <c>metrics.slide6</c>, <c>metrics.slide8</c> and their <c>parameters</c> are a contract with users
/// (README, scripts reading manifest.json). The lists below were captured from manifest.json files written before slides
/// 6 and 8 became recipes (`nnlesson slide6`, `slide6 --fallback`, `slide8`, and slide 8 without a model), in order.
/// </summary>
public class ManifestContractTests
{
    private static readonly FigureSize Small = new(640, 360);

    private static readonly string[] Slide6Metrics = ["backend", "model", "model_source", "image", "top"];
    private static readonly string[] Slide6Parameters = ["image", "model", "labels", "top", "fallback", "head"];
    private static readonly string[] TopEntry = ["index", "label", "probability"];

    private static readonly string[] Slide8WithoutModel =
        ["raw_shape", "resized_shape", "crop_shape", "tensor_shape", "tensor_channel_min", "tensor_channel_max", "backend", "model", "model_source"];

    private static readonly string[] Slide8FeatureKeys =
        ["feature_layer", "feature_operators", "feature_tensor", "feature_shape", "feature_type", "feature_values", "feature_min", "feature_max"];

    private static readonly string[] Slide8Parameters = ["image", "model", "top"];

    [SharedTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Slide6_keeps_its_manifest_keys(bool fallback)
    {
        var options = Slide6Options.Default with { ModelPath = fallback ? null : RepoPaths.SharedModel, Fallback = fallback };
        var manifest = ManifestFile.Read(SlideRun.Of(c => Slide6CnnInference.Run(c, options), Small).Folder);

        Assert.Equal(Slide6Metrics, Keys(manifest.Metrics("slide6")));
        Assert.Equal(Slide6Parameters, Keys(manifest.Parameters("slide6")));
        Assert.All(manifest.Metrics("slide6")["top"]!.AsArray(), t => Assert.Equal(TopEntry, Keys(t!.AsObject())));
        Assert.Equal(fallback ? null : "--model", (string?)manifest.Metrics("slide6")["model_source"]);
    }

    [SharedFact]
    public void Slide8_keeps_its_manifest_keys_with_and_without_a_model()
    {
        var chelsea = Slide8WithModelFixture.Chelsea;
        var withModel = ManifestFile.Read(SlideRun.Of(c => Slide8PipelineExplain.Run(c, new Slide8Options(chelsea, RepoPaths.SharedModel)), Small).Folder);
        Assert.Equal([.. Slide8WithoutModel, .. Slide8FeatureKeys, "top"], Keys(withModel.Metrics("slide8")));
        Assert.Equal(Slide8Parameters, Keys(withModel.Parameters("slide8")));
        Assert.All(withModel.Metrics("slide8")["top"]!.AsArray(), t => Assert.Equal(TopEntry, Keys(t!.AsObject())));

        var without = ManifestFile.Read(SlideRun.Of(c => Slide8PipelineExplain.Run(c, chelsea, model: null), Small).Folder);
        Assert.Equal(Slide8WithoutModel, Keys(without.Metrics("slide8")));
        Assert.Null((string?)without.Metrics("slide8")["model"]); // present, and null
        Assert.Equal(Slide8Parameters, Keys(without.Parameters("slide8")));
    }

    [Fact]
    public void Slide8_quantised_feature_maps_add_scale_and_zero_point_before_the_top()
    {
        // An int8 classifier's own first layer (no ResNet-18 on the machine) is stored as codes with a scale and zero point.
        var metrics = new Slide8Metrics("1×1×3", "256×256×3", "224×224×3", [1, 3, 224, 224], [0, 0, 0], [1, 1, 1], "onnx", "m", "--model",
            "Conv_0_quant", "QLinearConv", "t", [1, 32, 112, 112], "uint8", "dequantized", 0, 1, FeatureScale: 0.0176, FeatureZeroPoint: 0,
            Top: [new TopClass(1, "goldfish", 0.9)]);

        var json = RecipeRun.ToJson(metrics);

        Assert.Equal([.. Slide8WithoutModel, .. Slide8FeatureKeys, "feature_scale", "feature_zero_point", "top"], Keys(json));
        Assert.Equal(0.0176, (double)json["feature_scale"]!);
    }

    private static string[] Keys(JsonObject o) => [.. o.Select(p => p.Key)];
}
