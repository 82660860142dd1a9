using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// The input the NuGet ResNet-18 (a CNTK/Caffe-style model) was trained on, unlike torchvision's
/// /255 − mean / std: shorter side → 256, centre crop 224 (<see cref="ImageNetPreprocessing"/>), then
/// <code>x[c, y, x] = pixel[y, x, 2 − c] − M[c, y, x]</code>
/// on 0…255 values: channels in B, G, R order, minus a per-pixel mean image M: [3, 224, 224] that is
/// READ from ResNetPreprocess.onnx (the subtrahend of its Sub node), never typed in here.
/// </summary>
public sealed class ResNetPreprocess
{
    private ResNetPreprocess(float[] meanImage) => MeanImage = meanImage;

    public const int Size = ImageNetPreprocessing.CropSize;

    /// <summary>M: [3, 224, 224] in B, G, R order.</summary>
    public float[] MeanImage { get; }

    /// <summary>The mean of each channel of M (B, G, R), for the slide's text.</summary>
    public float[] ChannelMeans => [.. Enumerable.Range(0, 3).Select(c => (float)MeanImage.AsSpan(c * Size * Size, Size * Size).ToArray().Average())];

    public static ResNetPreprocess FromFile(string preprocessOnnx) => FromModel(File.ReadAllBytes(preprocessOnnx));

    /// <exception cref="LessonException">The graph has no Sub by a stored [1, 3, 224, 224] float tensor.</exception>
    public static ResNetPreprocess FromModel(byte[] model)
    {
        var graph = OnnxGraph.Parse(model);
        var sub = graph.Nodes.FirstOrDefault(n => n.OpType == "Sub" && n.Inputs.Count == 2 && graph.Initializers.ContainsKey(n.Inputs[1]))
            ?? throw new LessonException(
                "Модель підготовки ResNet не має вузла «Sub» зі збереженим середнім зображенням.",
                "The ResNet preprocessing model has no 'Sub' of a stored mean image.");
        var mean = graph.Initializers[sub.Inputs[1]];
        if (!mean.Dims.SequenceEqual([1L, 3, Size, Size]))
        {
            throw new LessonException(
                $"Середнє зображення «{mean.Name}» має форму [{string.Join(", ", mean.Dims)}], а очікується [1, 3, {Size}, {Size}].",
                $"The mean image '{mean.Name}' has shape [{string.Join(", ", mean.Dims)}], expected [1, 3, {Size}, {Size}].");
        }
        return new ResNetPreprocess(mean.FloatValues());
    }

    /// <summary>Photo → resize 256 → crop 224 → the network input x: [3, 224, 224].</summary>
    public (RgbImage Cropped, ChwTensor Input) Run(RgbImage photo)
    {
        var cropped = ImageNetPreprocessing.CenterCrop(ImageNetPreprocessing.ResizeShorterSideTo(photo, ImageNetPreprocessing.ResizeShorterSide), Size);
        return (cropped, FromCrop(cropped));
    }

    /// <summary>A 224×224 crop → x[c, y, x] = pixel[y, x, 2 − c] − M[c, y, x].</summary>
    public ChwTensor FromCrop(RgbImage crop)
    {
        if (crop.Width != Size || crop.Height != Size)
        {
            throw new ArgumentException($"The crop must be {Size}×{Size}, not {crop.Width}×{crop.Height}.", nameof(crop));
        }
        var x = ChwTensor.Zeros(3, Size, Size);
        for (var c = 0; c < 3; c++)
        {
            for (var y = 0; y < Size; y++)
            {
                for (var col = 0; col < Size; col++)
                {
                    x[c, y, col] = crop[y, col, 2 - c] - MeanImage[(c * Size + y) * Size + col]; // c = 0 is blue
                }
            }
        }
        return x;
    }
}
