using NnLesson.Core;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 8's stage 3 with the lecture's network: when restore has brought ResNet-18, its first Conv → BN → ReLU
/// maps [1, 64, 112, 112] computed by the from-scratch engine on the same 224×224 crop (ResNet's own input:
/// BGR minus the mean image), instead of the classifier's first layer.
/// </summary>
public static class Slide8ResNetFeatures
{
    public const string LayerName = "ResNet-18 conv1 (from scratch)";

    /// <summary>The maps, or null when the package is not on this machine (a damaged one is reported and skipped).</summary>
    public static FeatureMaps? FirstLayer(PreprocessedImage input, Reporting.ISlideReporter report)
    {
        if (ModelResolver.ResolveBackbone() is null)
        {
            return null;
        }
        ResNet18Backbone backbone;
        try
        {
            backbone = ResNet18Backbone.Shared();
        }
        catch (LessonException e)
        {
            report.Warning($"ResNet-18 is not usable, stage 3 shows the classifier's first layer instead: {e.Message}");
            return null;
        }
        var conv1 = backbone.Stages[0];
        var maps = backbone.Fast.Run(backbone.Preprocess.FromCrop(input.Cropped), CnnRunOptions.Fast, [conv1.TensorName]).Kept[conv1.TensorName];
        OnnxNode Op(string type) => new("", type, "", [], []);
        var tap = new FeatureTap(conv1.TensorName, LayerName, [Op("Conv"), Op("BatchNormalization"), Op("Relu")], null);
        return new FeatureMaps(tap, [1, maps.Channels, maps.Height, maps.Width], "float32", FeatureValueKind.Float,
            maps.Channels, maps.Height, maps.Width, maps.Data);
    }
}
