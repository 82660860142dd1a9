using NnLesson.Core.Cnn;
using NnLesson.Core.Training;
using NnLesson.Core.Transfer;
using NnLesson.Figures.Teach;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// What teach's figures draw, chosen and computed after training so that no figure does any math: the validation
/// predictions, the 2-D map of every photo (PCA of the standardised features), the photos of the mistakes figure and the
/// class activation maps. Only the photos that are shown are decoded, each once.
/// </summary>
public sealed record TeachSelection(
    IReadOnlyList<TeachPrediction> Predictions,
    PowerIterationPca Pca,
    FeatureMapData Map,
    IReadOnlyList<ValidationPhoto> Shown,
    IReadOnlyList<CamPanel> CamPanels)
{
    /// <param name="xTrain">Standardised training features, [n, 512].</param>
    /// <param name="xVal">Standardised validation features, [m, 512].</param>
    public static TeachSelection Make(PhotoFolders data, IReadOnlyList<ExtractedPhoto> train, IReadOnlyList<ExtractedPhoto> validation,
        double[][] xTrain, double[][] xVal, TrainedHead trained, FeatureCache cache, ResNet18Package package, int seed)
    {
        var head = trained.Head;
        var predictions = validation.Select((p, i) =>
        {
            var probabilities = head.Probabilities(xVal[i]); // [K]
            var predicted = Array.IndexOf(probabilities, probabilities.Max());
            return new TeachPrediction(p, predicted, probabilities[predicted]);
        }).ToArray();

        var pca = PowerIterationPca.Fit([.. xTrain, .. xVal], 2, seed);
        var projected = xTrain.Concat(xVal).Select(x => pca.Project(x)).ToArray(); // [n + m, 2]
        var all = train.Concat(validation).ToArray();
        var map = new FeatureMapData(data.Classes, [.. projected.Select(p => p[0])], [.. projected.Select(p => p[1])],
            [.. all.Select(p => p.Photo.Class)], [.. all.Select((_, i) => i >= train.Count)], pca.ExplainedRatio);

        var crops = new Dictionary<string, RgbImage>(StringComparer.Ordinal); // a photo in both figures is decoded once
        RgbImage CropOf(string path) => crops.TryGetValue(path, out var crop) ? crop : crops[path] = ResNet18FeatureExtractor.Crop(ImageLoader.Load(path));
        var shown = TeachMistakesFigure.Pick(predictions, p => p.Predicted == p.Photo.Photo.Class, p => p.Probability)
            .Select(p => AsShown(p, CropOf(p.Photo.Photo.Path))).ToArray();
        var camPanels = ChooseCamPanels(predictions, trained, cache, package, CropOf);
        return new TeachSelection(predictions, pca, map, shown, camPanels);
    }

    private static ValidationPhoto AsShown(TeachPrediction p, RgbImage crop) =>
        new(Path.GetFileName(p.Photo.Photo.Path), crop, p.Photo.Photo.Class, p.Predicted, p.Probability);

    /// <summary>Up to four validation photos: the most confident right answer of each class, then the mistakes, each with its CAM for the predicted class.</summary>
    private static List<CamPanel> ChooseCamPanels(IReadOnlyList<TeachPrediction> predictions, TrainedHead trained, FeatureCache cache,
        ResNet18Package package, Func<string, RgbImage> cropOf)
    {
        var chosen = predictions.Where(p => p.Predicted == p.Photo.Photo.Class).GroupBy(p => p.Photo.Photo.Class).OrderBy(g => g.Key)
            .Select(g => g.MaxBy(p => p.Probability)!).Take(TeachCamFigure.MaxPanels - 1)
            .Concat(predictions.Where(p => p.Predicted != p.Photo.Photo.Class).OrderByDescending(p => p.Probability))
            .Take(TeachCamFigure.MaxPanels).ToList();
        var panels = new List<CamPanel>();
        ResNet18FeatureExtractor? extractor = null;
        try
        {
            foreach (var p in chosen)
            {
                var crop = cropOf(p.Photo.Photo.Path);
                var entry = cache.TryRead(p.Photo.Sha256, out _);
                if (entry is null)
                {
                    extractor ??= ResNet18FeatureExtractor.Open(package.Verified());
                    entry = extractor.ExtractCropped(crop);
                }
                var (weights, _) = trained.FoldedClassWeights(p.Predicted, entry.Features);        // w_ck with the standardisation folded in: [512]
                var map = ClassActivationMap.Compute(entry.Maps, entry.Channels, entry.Height, entry.Width, weights); // M_c = Σ_k w_ck·A_k: [7, 7]
                panels.Add(new CamPanel(AsShown(p, crop), map, entry.Height, entry.Width));
            }
        }
        finally
        {
            extractor?.Dispose();
        }
        return panels;
    }
}
