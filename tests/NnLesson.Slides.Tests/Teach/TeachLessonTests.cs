using System.Text.Json.Nodes;
using NnLesson.Figures.Teach;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Tests.Slide3;
using NnLesson.Vision.Transfer;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Teach;

public class TeachLessonTests
{
    /// <summary>
    /// The goal of the issue on the tutorial's own split, with the defaults. References on the same features:
    /// scikit-learn LogisticRegression 146/153 = 95.4 %, nearest class mean 147/153 = 96.1 % (../shared/DATA_SOURCES.md).
    /// Uses the user's feature cache, so only the first run on a machine computes the 398 photos.
    /// </summary>
    [SharedFact]
    public void The_defaults_reach_the_tutorials_accuracy_on_ants_and_bees()
    {
        var folder = RepoPaths.NewTempFolder();
        var reporter = new RecordingReporter();
        var context = new SlideContext(folder, Lang.En, SlideContext.DefaultSeed, new FigureSize(960, 540), reporter);
        var outcome = TeachLesson.Run(context, TeachOptions.Default with { DataPath = TeachData.Hymenoptera });

        var m = outcome.Metrics!;
        Assert.Equal(245, (int)m["train_count"]!);
        Assert.Equal(153, (int)m["validation_count"]!);
        Assert.True((double)m["validation_accuracy"]! >= 0.94, $"validation accuracy {(double)m["validation_accuracy"]!:P1}, the issue asks ≥ 94 %");
        Assert.True((double)m["train_accuracy"]! >= 0.97);
        Assert.True((double)m["gradient_check_max_relative_error"]! < 1e-6);
        Assert.Equal(0, (int)m["skipped_files"]!); // the "image not found" GIF decodes: it is a real (mislabelled) picture
        Assert.Equal(["ants", "bees"], m["classes"]!.AsArray().Select(c => (string)c!));

        Assert.Equal(TeachLesson.FigureFiles, outcome.Figures.Select(f => f.FileName));
        foreach (var figure in outcome.Figures)
        {
            using var bitmap = PngAssert.IsFigure(figure.Path, 960, 540);
        }
        Assert.True(File.Exists(Path.Combine(folder, HeadFile.FileName)));

        // The confusion figure: the "ants → ants" cell is green, an off-diagonal cell is pale orange (sampled off the counts).
        using var confusion = PngAssert.Decode(Path.Combine(folder, TeachConfusionFigure.FileName));
        var diagonal = Sample(confusion, 0.39f, 0.26f);
        Assert.True(diagonal.Green > diagonal.Red + 60, $"diagonal cell {diagonal}");
        var offDiagonal = Sample(confusion, 0.68f, 0.26f);
        Assert.True(offDiagonal.Red > offDiagonal.Blue + 20 && offDiagonal.Red > 200, $"off-diagonal cell {offDiagonal}");
    }

    [SharedFact]
    public void A_flat_folder_is_split_by_seed_and_broken_and_duplicate_photos_are_reported()
    {
        var data = TeachData.SmallCopy(8);
        File.WriteAllText(Path.Combine(data, "ants", "zz_broken.jpg"), "not a photo");
        var folder = RepoPaths.NewTempFolder();
        var cache = RepoPaths.NewTempFolder();
        var reporter = new RecordingReporter();
        var context = new SlideContext(folder, Lang.Uk, 7, new FigureSize(800, 450), reporter);
        var options = new TeachOptions(data, Epochs: 30, LearningRate: 0.01, L2: 1, ValidationFraction: 0.25, CacheFolder: cache);
        var outcome = TeachLesson.Run(context, options);

        var m = outcome.Metrics!;
        Assert.Equal(1, (int)m["skipped_files"]!);
        Assert.Contains(reporter.Lines, l => l.Contains("zz_broken.jpg", StringComparison.Ordinal));
        Assert.Equal((12, 4), ((int)m["train_count"]!, (int)m["validation_count"]!)); // 2 of 8 per class
        Assert.Equal(16, (int)m["features_computed"]!);
        Assert.Equal(5, outcome.Figures.Count);

        // The same run again: every feature from the cache, the same split and numbers.
        var again = TeachLesson.Run(context with { OutputDirectory = RepoPaths.NewTempFolder() }, options);
        Assert.Equal(16, (int)again.Metrics!["cache_hits"]!);
        Assert.Equal((double)m["validation_accuracy"]!, (double)again.Metrics["validation_accuracy"]!);
        Assert.Equal((double)m["final_loss"]!, (double)again.Metrics["final_loss"]!);
    }

    [SharedFact]
    public void The_same_photo_in_train_and_val_is_named_in_a_warning()
    {
        var root = RepoPaths.NewTempFolder("teach-dup");
        TeachData.SmallCopy(3, Directory.CreateDirectory(Path.Combine(root, "train")).FullName);
        TeachData.SmallCopy(2, Directory.CreateDirectory(Path.Combine(root, "val")).FullName); // the first two of each class again
        var reporter = new RecordingReporter();
        var context = new SlideContext(RepoPaths.NewTempFolder(), Lang.En, 1, new FigureSize(800, 450), reporter);
        TeachLesson.Run(context, new TeachOptions(root, 10, 0.01, 1, 0.2, RepoPaths.NewTempFolder()));
        var warnings = reporter.Lines.Where(l => l.Contains("in training and validation", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.Contains(Path.Combine("train", "ants"), StringComparison.Ordinal) && w.Contains(Path.Combine("val", "ants"), StringComparison.Ordinal));
    }

    /// <summary>The manifest keys are a contract with users: the issue's eight and the ones that existed beside them.</summary>
    public static readonly string[] MetricKeys =
    [
        "classes", "train_count", "validation_count", "train_accuracy", "validation_accuracy", "validation_correct", "final_loss",
        "validation_loss", "gradient_check_max_relative_error", "skipped_files", "skipped", "cache_hits", "features_computed",
        "cache_entries_rebuilt", "feature_seconds", "photos_per_second", "pca_explained_ratio", "head", "model_sha256",
    ];

    [SharedFact]
    public void The_recipe_keeps_the_manifest_keys_and_its_report_is_what_a_live_run_printed()
    {
        var data = TeachData.SmallCopy(4);
        var cache = RepoPaths.NewTempFolder();
        var options = new TeachOptions(data, Epochs: 20, LearningRate: 0.01, L2: 1, ValidationFraction: 0.25, CacheFolder: cache);
        var reporter = new RecordingReporter();
        var live = TeachLesson.Run(new SlideContext(RepoPaths.NewTempFolder(), Lang.Uk, 3, new FigureSize(640, 360), reporter), options);

        Assert.Equal(MetricKeys, live.Metrics!.Select(p => p.Key));
        Assert.Equal(["data", "epochs", "learning_rate", "l2", "validation_fraction", "seed"], live.Parameters!.Select(p => p.Key));
        Assert.Equal(0.25, (double)live.Parameters!["validation_fraction"]!);

        // Compute is silent and gives the same numbers; Report prints what the live run printed (without the head.json line).
        var result = TeachLesson.Recipe.Compute(options, 3);
        Assert.Equal((double)live.Metrics!["final_loss"]!, result.History.FinalTrainLoss);
        Assert.Equal(8, result.Extraction.Hits); // the live run filled the cache
        var replay = new RecordingReporter();
        TeachLesson.Recipe.Report(result, replay, Lang.Uk);
        static IEnumerable<string> Stable(IEnumerable<string> lines) => lines.Where(l => !l.Contains("Ознаки: 8 фото за", StringComparison.Ordinal)); // the cache line differs
        Assert.Equal(Stable(reporter.Lines).Where(l => !l.Contains("head.json", StringComparison.Ordinal)), Stable(replay.Lines));
        Assert.Equal(TeachLesson.FigureFiles, TeachLesson.Recipe.Figures(result).Select(j => j.FileName));
    }

    [SharedFact]
    public void A_changed_photo_is_recomputed_even_with_its_old_size_and_time()
    {
        var data = TeachData.SmallCopy(4);
        var cache = RepoPaths.NewTempFolder();
        var options = new TeachOptions(data, Epochs: 5, LearningRate: 0.01, L2: 1, ValidationFraction: 0.25, CacheFolder: cache);
        TeachLesson.Recipe.Compute(options, 1);

        // Replace one ant with a photo not in the set, then give the file its old modification time back.
        var ant = Directory.GetFiles(Path.Combine(data, "ants")).Order(StringComparer.Ordinal).First();
        var time = File.GetLastWriteTimeUtc(ant);
        var other = Directory.GetFiles(Path.Combine(TeachData.Hymenoptera, "val", "ants"), "*.jpg").Order(StringComparer.Ordinal).First();
        File.Copy(other, ant, overwrite: true);
        File.SetLastWriteTimeUtc(ant, time);

        var again = TeachLesson.Recipe.Compute(options, 1);
        Assert.Equal((7, 1), (again.Extraction.Hits, again.Extraction.Computed));
        var changed = again.Extraction.Photos.Single(p => p.Photo.Path == ant);
        Assert.Equal(FeatureCache.KeyOf(File.ReadAllBytes(other)), changed.Sha256);
    }

    private static SKColor Sample(SKBitmap bitmap, float x, float y) => bitmap.GetPixel((int)(x * bitmap.Width), (int)(y * bitmap.Height));
}
