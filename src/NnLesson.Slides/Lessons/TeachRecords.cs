using NnLesson.Core.Training;
using NnLesson.Core.Transfer;
using NnLesson.Figures.Teach;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Everything <c>teach</c> computed: the data set and how its features were obtained, the split, the gradient check,
/// the trained head with its history, the validation predictions and what the figures draw (the 2-D map, the photos of
/// the mistakes figure and the class activation maps, decoded and computed here so no figure does any math).
/// </summary>
public sealed record TeachResult(
    TeachOptions Options,
    int Seed,
    PhotoFolders Data,
    string CacheFolder,
    ExtractionResult Extraction,
    IReadOnlyList<IReadOnlyList<string>> Duplicates,
    IReadOnlyList<ExtractedPhoto> Train,
    IReadOnlyList<ExtractedPhoto> Validation,
    bool SplitBySeed,
    int CheckPhotos,
    GradientCheckResult GradientCheck,
    TrainingHistory History,
    TrainedHead Head,
    IReadOnlyList<TeachPrediction> Predictions,
    PowerIterationPca Pca,
    FeatureMapData Map,
    IReadOnlyList<ValidationPhoto> Shown,
    IReadOnlyList<CamPanel> CamPanels)
{
    public int Classes => Data.Classes.Count;

    /// <summary>Right answers on the validation photos.</summary>
    public int Correct => Predictions.Count(p => p.Predicted == p.Photo.Photo.Class);

    /// <summary>Counts[true, predicted] over the validation photos.</summary>
    public int[,] Confusion
    {
        get
        {
            var counts = new int[Classes, Classes];
            foreach (var p in Predictions)
            {
                counts[p.Photo.Photo.Class, p.Predicted]++;
            }
            return counts;
        }
    }
}

/// <summary>
/// What a teach run did: <paramref name="Taught"/> the result, or <paramref name="Skipped"/> why not (only in <c>all</c>,
/// which looks for a data set); <paramref name="FoundVia"/> says how the data set was found when it was not given.
/// </summary>
public sealed record TeachRun(TeachResult? Taught, TeachSkip? Skipped, string? FoundVia);

/// <summary>One validation photo, the class the head gives it and that class's probability.</summary>
public sealed record TeachPrediction(ExtractedPhoto Photo, int Predicted, double Probability);

/// <summary>
/// manifest.json's <c>metrics.teach</c>. The keys (a contract with users): classes, train_count,
/// validation_count, train_accuracy, validation_accuracy, final_loss, gradient_check_max_relative_error, skipped_files;
/// and beside them validation_correct, validation_loss, skipped (the paths), cache_hits, features_computed,
/// cache_entries_rebuilt, feature_seconds, photos_per_second (this run's cache and speed), pca_explained_ratio, head
/// (the file name) and model_sha256 (the cache key of the backbone).
/// </summary>
public sealed record TeachMetrics(
    IReadOnlyList<string> Classes,
    int TrainCount,
    int ValidationCount,
    double TrainAccuracy,
    double ValidationAccuracy,
    int ValidationCorrect,
    double FinalLoss,
    double ValidationLoss,
    double GradientCheckMaxRelativeError,
    int SkippedFiles,
    IReadOnlyList<string> Skipped,
    int CacheHits,
    int FeaturesComputed,
    int CacheEntriesRebuilt,
    double FeatureSeconds,
    double PhotosPerSecond,
    double[] PcaExplainedRatio,
    string Head,
    string ModelSha256);

/// <summary>manifest.json's <c>parameters.teach</c> (also stored in head.json): data, epochs, learning_rate, l2, validation_fraction (null with a val/ folder), seed.</summary>
public sealed record TeachParameters(string Data, int Epochs, double LearningRate, double L2, double? ValidationFraction, int Seed);
