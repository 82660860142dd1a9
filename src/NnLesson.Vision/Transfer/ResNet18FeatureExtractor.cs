using NnLesson.Core;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// The frozen ResNet-18 backbone (<see cref="ResNet18Package"/>) as a feature extractor, run by ONNX Runtime:
/// <code>
/// photo [H, W, 3] → shorter side 256 → centre crop 224 → RGB CHW floats 0…255   [1, 3, 224, 224]
///   → ResNetPreprocess.onnx: RGB → BGR, minus the mean image                      [1, 3, 224, 224]
///   → ResNet18.onnx: conv … layer4 → last feature maps A                          [1, 512, 7, 7]
///   → global average pooling (the model's own last node)                          [1, 512, 1, 1] = features
/// </code>
/// The last feature maps are the input of the backbone's final AveragePool, made an extra graph output
/// (<see cref="GraphOutputExposer"/>), so one forward pass returns both. The resize and crop are the
/// ImageNet ones of <see cref="ImageNetPreprocessing"/>, but on 0…255 values with no mean/std
/// normalisation: this CNTK model was trained on BGR 0…255 minus a mean image, which its own preprocessing graph applies.
/// </summary>
public sealed class ResNet18FeatureExtractor : IDisposable
{
    private readonly OnnxSession _preprocess;
    private readonly OnnxSession _backbone;
    private readonly string[] _preprocessOutput;
    private readonly string[] _backboneOutputs;

    private ResNet18FeatureExtractor(ResNet18Package package, OnnxSession preprocess, OnnxSession backbone, string mapsName)
    {
        Package = package;
        _preprocess = preprocess;
        _backbone = backbone;
        _preprocessOutput = [preprocess.Outputs[0]];
        _backboneOutputs = [ResNet18Package.OutputName, mapsName];
        MapsTensorName = mapsName;
    }

    public ResNet18Package Package { get; }

    /// <summary>
    /// The last feature maps [1, 512, 7, 7]: the input of the backbone's final AveragePool (node Pooling395).
    /// A constant of the SHA-256-verified file (a test reads it from the graph); the exposer checks it is a computed tensor.
    /// </summary>
    public const string LastMapsTensor = "ReLU393_Output_0";

    /// <summary>D, the features of one photo: the channels of the last feature maps, averaged (what a head learns from).</summary>
    public const int FeatureCount = 512;

    /// <summary>The graph tensor holding the last feature maps (the final AveragePool's input).</summary>
    public string MapsTensorName { get; }

    /// <summary>Opens both graphs of a verified package.</summary>
    /// <exception cref="LessonException">A graph cannot be read or does not look like the documented model.</exception>
    /// <remarks>
    /// The backbone is opened from its file with the maps exposed (<see cref="OnnxSession.OpenExposing"/>), so no
    /// managed copy of the 63 MB model is alive while ONNX Runtime builds the session (bench/RESULTS-tuning.md).
    /// </remarks>
    /// <param name="intraOpThreads">Threads inside one run (null: the laptop default, the cores); with 1, <see cref="ExtractCropped"/>
    /// may be called from several threads at once (ONNX Runtime's Run is thread-safe), one photo per thread.</param>
    public static ResNet18FeatureExtractor Open(ResNet18Package package, int? intraOpThreads = null)
    {
        var threads = intraOpThreads ?? 0;
        var preprocess = OnnxSession.Open(package.PreprocessFile, threads);
        try
        {
            var backbone = OnnxSession.OpenExposing(package.BackboneFile, [LastMapsTensor], threads);
            return new ResNet18FeatureExtractor(package, preprocess, backbone, LastMapsTensor);
        }
        catch
        {
            preprocess.Dispose();
            throw;
        }
    }

    /// <summary>The network's view of a photo: shorter side → 256, centre crop 224×224 ([224, 224, 3] bytes).</summary>
    public static RgbImage Crop(RgbImage photo) =>
        ImageNetPreprocessing.CenterCrop(
            ImageNetPreprocessing.ResizeShorterSideTo(photo, ImageNetPreprocessing.ResizeShorterSide), ImageNetPreprocessing.CropSize);

    /// <summary>HWC bytes → CHW floats on 0…255, RGB order: out[c, y, x] = in[y, x, c]. Result: [3, H, W].</summary>
    public static float[] ToChw255(RgbImage image)
    {
        var plane = image.Width * image.Height;
        var tensor = new float[3 * plane];
        var pixels = image.Pixels;
        for (var i = 0; i < plane; i++)
        {
            tensor[i] = pixels[3 * i];
            tensor[plane + i] = pixels[3 * i + 1];
            tensor[2 * plane + i] = pixels[3 * i + 2];
        }
        return tensor;
    }

    /// <summary>Features and last maps of one photo (decoded, any size).</summary>
    public BackboneFeatures Extract(RgbImage photo) => ExtractCropped(Crop(photo));

    /// <summary>Features and last maps of an already cropped 224×224 image.</summary>
    public BackboneFeatures ExtractCropped(RgbImage crop)
    {
        using var prepared = _preprocess.Run(ToChw255(crop), [1, 3, crop.Height, crop.Width], _preprocessOutput);
        using var outputs = _backbone.Run(prepared[0], _backboneOutputs);
        var features = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        var mapsShape = outputs[1].GetTensorTypeAndShape().Shape; // [1, 512, 7, 7]
        var maps = outputs[1].GetTensorDataAsSpan<float>().ToArray();
        if (mapsShape.Length != 4 || features.Length != mapsShape[1] || !features.All(float.IsFinite))
        {
            throw new LessonException(
                $"ResNet-18 повернула неочікувані тензори (ознак {features.Length}, карти [{string.Join(", ", mapsShape)}]).",
                $"ResNet-18 returned unexpected tensors (features {features.Length}, maps [{string.Join(", ", mapsShape)}]).");
        }
        return new BackboneFeatures(features, maps, (int)mapsShape[1], (int)mapsShape[2], (int)mapsShape[3]);
    }

    public void Dispose()
    {
        _preprocess.Dispose();
        _backbone.Dispose();
    }
}
