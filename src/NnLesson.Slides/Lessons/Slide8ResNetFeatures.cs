using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Figures;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// ResNet-18's own first layer on slide 8's crop: its input x = BGR − mean image, [3, 224, 224] on 0…255 values
/// (channel means of the mean image B, G, R for the text), and its Conv → BN → ReLU maps [1, 64, 112, 112].
/// </summary>
public sealed record ResNetFirstLayer(ChwTensor Input, IReadOnlyList<float> ChannelMeans, FeatureMaps Maps);

/// <summary>
/// Slide 8's stage 3 with the lecture's network: when restore has brought ResNet-18, its first Conv → BN → ReLU
/// maps [1, 64, 112, 112] computed by the from-scratch engine on the same 224×224 crop (ResNet's own input:
/// BGR minus the mean image), instead of the classifier's first layer.
/// </summary>
internal static class Slide8ResNetFeatures
{
    /// <summary>The layer's name in the manifest (<c>feature_layer</c>; machine-readable, so one language).</summary>
    public const string LayerName = "ResNet-18 conv1 (from scratch)";

    /// <summary>The layer's name on the figure and in the console.</summary>
    public static readonly Localized Label = new("ResNet-18 conv1 (з нуля)", "ResNet-18 conv1 (from scratch)");

    /// <summary>
    /// The first layer, or (null, null) when the package is not on this machine; a damaged one gives (null, why),
    /// and the slide shows the classifier's first layer instead.
    /// </summary>
    public static (ResNetFirstLayer? Layer, string? Problem) FirstLayer(PreprocessedImage input)
    {
        if (ModelResolver.ResolveBackbone() is null)
        {
            return (null, null);
        }
        ResNet18Stem stem;
        try
        {
            stem = ResNet18Backbone.Stem();
        }
        catch (LessonException e)
        {
            return (null, e.Message);
        }
        var x = stem.Preprocess.FromCrop(input.Cropped); // [3, 224, 224]: BGR − mean image
        var maps = stem.Graph.Run(x, CnnRunOptions.Fast).Output; // [64, 112, 112]: conv1 only
        OnnxNode Op(string type) => new("", type, "", [], []);
        var tap = new FeatureTap(stem.TensorName, LayerName, [Op("Conv"), Op("BatchNormalization"), Op("Relu")], null);
        var features = new FeatureMaps(tap, [1, maps.Channels, maps.Height, maps.Width], "float32", FeatureValueKind.Float,
            maps.Channels, maps.Height, maps.Width, maps.Data);
        return (new ResNetFirstLayer(x, stem.Preprocess.ChannelMeans, features), null);
    }
}
