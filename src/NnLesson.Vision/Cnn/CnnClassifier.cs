using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// <c>classify IMAGE --cnn cnn.json</c>: the CNN that train-cnn trained, on any image, prepared as its training images were:
/// grey g = 0.299·R + 0.587·G + 0.114·B, resized (bilinear, antialiased) to the network's H×W, and — because Fashion-MNIST
/// shows a light object on black while a photo usually shows a dark object on a light background — inverted (255 − g)
/// when the image's border is brighter than mid-grey; then x = (g/255 − μ)/σ with the μ, σ of cnn.json.
/// </summary>
public sealed class CnnClassifier : IImageClassifier
{
    public const string BackendName = "nnlesson-cnn";

    private readonly CnnModelFile.Model _model;
    private readonly FastCnnTrainer _network;

    private CnnClassifier(CnnModelFile.Model model, string path, bool english)
    {
        _model = model;
        _network = new FastCnnTrainer(model.Weights, 1, 1) { Normalisation = (model.Mean, model.Std) };
        Labels = english ? model.NamesEn : model.NamesUk;
        ModelName = Path.GetFileName(path);
        ModelPath = Path.GetFullPath(path);
    }

    /// <exception cref="Core.LessonException">A missing or damaged cnn.json.</exception>
    public static CnnClassifier Open(string path, bool englishNames = true) => new(CnnModelFile.Read(path), path, englishNames);

    public string Backend => BackendName;

    public string ModelName { get; }

    public string ModelPath { get; }

    public IReadOnlyList<string> Labels { get; }

    public ClassificationResult Classify(RgbImage image, int top)
    {
        var input = _model.Weights.Architecture.Input;
        var grey = Grey(BilinearResize.Resize(image, input.Width, input.Height));
        var logits = _network.Logits(new PixelImages(grey, [0], input.Height, input.Width), 0, 1);
        var max = logits.Max();
        var exp = logits.Select(z => Math.Exp(z - max)).ToArray();
        var sum = exp.Sum();
        var probabilities = exp.Select(e => e / sum).ToArray();
        return new ClassificationResult(Backend, ModelName, TopPredictions.Select(probabilities, Labels, Math.Min(top, Labels.Count)));
    }

    /// <summary>The grey levels [H·W], inverted when the border (the outermost row and column all round) averages above 127.</summary>
    public static byte[] Grey(RgbImage image)
    {
        var grey = new byte[image.Width * image.Height];
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = (byte)Math.Clamp(Math.Round(0.299 * image.Pixels[3 * i] + 0.587 * image.Pixels[3 * i + 1] + 0.114 * image.Pixels[3 * i + 2]), 0, 255);
        }
        double border = 0;
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (y == 0 || x == 0 || y == image.Height - 1 || x == image.Width - 1)
                {
                    border += grey[y * image.Width + x];
                    count++;
                }
            }
        }
        if (border / count > 127)
        {
            for (var i = 0; i < grey.Length; i++)
            {
                grey[i] = (byte)(255 - grey[i]);
            }
        }
        return grey;
    }

    public void Dispose()
    {
    }
}
