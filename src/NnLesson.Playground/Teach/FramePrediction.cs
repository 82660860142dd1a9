using NnLesson.Core.Cnn;
using NnLesson.Core.Transfer;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>
/// What the page draws for one webcam frame: p = softmax(W·x + b) over the user's classes, and the class activation
/// map of the most probable class over the network's view of the frame (the centre square, as the crop takes it).
/// <code>
/// f: [512], A: [512, 7, 7]             ResNet-18 on the frame (shorter side 256, centre crop 224)
/// p = softmax(W·(f/‖f‖ − μ)/σ + b)     [K]
/// M_c = Σ_j w'_cj·A_j                  [7, 7], w' the head's weights with the standardisation folded in (TrainedHead.FoldedClassWeights)
/// shown = (M_c − min M_c) / (max M_c − min M_c)   [7, 7] in 0…1 (all 0 when the map is flat)
/// </code>
/// </summary>
public sealed record FramePrediction(double[] Probabilities, int Predicted, float[] Map, int Height, int Width)
{
    public static FramePrediction Of(TrainedHead trained, BackboneFeatures frame)
    {
        var probabilities = trained.Probabilities(frame.Features);                     // [K]
        var predicted = Array.IndexOf(probabilities, probabilities.Max());
        var (weights, _) = trained.FoldedClassWeights(predicted, frame.Features);       // w'_c: [512]
        var map = ClassActivationMap.Compute(frame.Maps, frame.Channels, frame.Height, frame.Width, weights); // M_c: [7, 7]
        var (min, max) = (map.Min(), map.Max());
        var shown = map.Select(m => max > min ? (m - min) / (max - min) : 0f).ToArray();
        return new FramePrediction(probabilities, predicted, shown, frame.Height, frame.Width);
    }
}
