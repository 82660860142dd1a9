using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Figures.Slide7;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>Slide 7's class activation maps: where in the photo the top classes' evidence lies.</summary>
internal static class Slide7Cam
{
    /// <summary>
    /// M_c = Σ_k w_ck · A_k for the <paramref name="top"/> classes, with the first model found that ends in GAP → linear
    /// layer (<see cref="CamModel.FindFirst"/>, MobileNetV2-int8); without one, the figure's data says so.
    /// </summary>
    public static (CamData Data, string? MapsTensor) Compute(RgbImage photo, int top)
    {
        var input = ImageNetPreprocessing.Run(photo);
        if (CamModel.FindFirst() is not { } model)
        {
            return (new CamData(input.Cropped, null, 7, 7, 1280, null), null);
        }
        var (maps, logits) = model.Run(input); // maps A: [1280, 7, 7], logits: [1000]
        var probabilities = Softmax.Stable(logits);
        var imageNet = model.Labels.Length == ImageNetLabels.ClassCount;
        var classes = TopPredictions.Select(probabilities, model.Labels, top).Select(p => new CamClass(p.Index, p.Label,
            imageNet ? UkrainianClassNames.For(p.Index) : null, p.Probability,
            ClassActivationMap.Compute(maps.Data, maps.Channels, maps.Height, maps.Width, model.Head.WeightsOf(p.Index)))).ToList();
        return (new CamData(input.Cropped, model.Head.ModelName, maps.Height, maps.Width, maps.Channels, classes), model.Head.MapsTensor);
    }
}
