using NnLesson.Vision.Images;

namespace NnLesson.Vision.Preprocessing;

/// <summary>
/// Every stage of <see cref="ImageNetPreprocessing.Run"/>, kept so slides can show them:
/// <c>Resized</c> [h, w, 3] with the shorter side 256; <c>Cropped</c> [224, 224, 3];
/// <c>Tensor</c> [1, 3, 224, 224] NCHW float32, normalised per channel (index ((0·3 + c)·224 + y)·224 + x).
/// </summary>
public sealed record PreprocessedImage(RgbImage Resized, RgbImage Cropped, float[] Tensor)
{
    /// <summary>The tensor's shape as ONNX Runtime wants it: [batch 1, channels 3, height, width].</summary>
    public long[] TensorShape => [1, 3, Cropped.Height, Cropped.Width];
}
