using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Training;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Teach;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// The practical solution: teach the lecture's ResNet-18 the user's own classes (transfer learning).
/// photos (one folder per class) → frozen ResNet-18 → features [512] per photo (cached on disk) →
/// f/‖f‖, standardised on the training photos → the head p = softmax(W·x + b) trained from scratch by
/// full-batch gradient descent on cross-entropy (+ L2), after a gradient check → five figures and
/// <c>head.json</c>, which <c>classify --head</c> and <c>slide6 --head</c> use on new photos.
/// <para>
/// A recipe like the other slides: progress bars while the features and the head are computed, the console report
/// after, then the figures and <c>head.json</c> (an output file like a figure). In <c>all</c> the data set is looked for
/// (<see cref="TeachDataSet"/>) and teach is skipped with a notice when there is none.
/// </para>
/// </summary>
public sealed class TeachLesson : ISlideRecipe<TeachOptions, TeachRun, TeachMetrics?, TeachParameters?>
{
    public const string Id = "teach";

    public static readonly IReadOnlyList<string> FigureFiles =
        [TeachCurvesFigure.FileName, TeachConfusionFigure.FileName, TeachMistakesFigure.FileName, TeachMapFigure.FileName, TeachCamFigure.FileName];

    /// <summary>Training photos the gradient check uses (every weight is nudged twice, so the check costs 2·K·D losses).</summary>
    public const int GradientCheckPhotos = 8;

    /// <summary>The lesson's recipe; <see cref="Run"/> runs it with progress bars in a context.</summary>
    public static readonly TeachLesson Recipe = new();

    private TeachLesson()
    {
    }

    string ISlideRecipe<TeachOptions, TeachRun, TeachMetrics?, TeachParameters?>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<TeachOptions, TeachRun, TeachMetrics?, TeachParameters?>.FigureFiles => FigureFiles;

    /// <summary>The command (<c>nnlesson teach DATA</c>) and the single-file program: progress bars, then everything it shows and writes.</summary>
    public static SlideOutcome Run(SlideContext context, TeachOptions options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>
    /// The data set resolved (or the reason to skip), then the features, the split, the gradient check, training and
    /// what the figures draw; the features and the training show progress bars.
    /// </summary>
    public TeachRun Compute(TeachOptions options, int seed, ISlideProgress progress)
    {
        var source = TeachDataSet.Resolve(options);
        return source.Skip is { } skip
            ? new TeachRun(null, skip, source.FoundVia)
            : new TeachRun(Teach(source.Options, seed, progress), null, source.FoundVia);
    }

    public void Report(TeachRun run, ISlideReporter reporter, Lang lang)
    {
        if (run.Skipped is { } skip)
        {
            TeachReport.Skipped(skip, reporter, lang);
            return;
        }
        var result = run.Taught!;
        TeachReport.Heading(reporter, lang);
        if (run.FoundVia is { } via)
        {
            TeachReport.Found(result.Data.Root, via, reporter, lang);
        }
        TeachReport.Data(result.Data, result.CacheFolder, reporter, lang);
        TeachReport.Extraction(result.Extraction, result.Duplicates, reporter, lang);
        TeachReport.Split(result, reporter, lang);
        TeachReport.Check(result.CheckPhotos, result.GradientCheck, result.Head.Head, reporter, lang);
        TeachReport.Summary(result, reporter, lang);
    }

    public IReadOnlyList<FigureJob> Figures(TeachRun run)
    {
        if (run.Taught is not { } result)
        {
            return [];
        }
        var classes = result.Data.Classes;
        var mistakes = result.Predictions.Count - result.Correct;
        return
        [
            FigureJob.Of(TeachCurvesFigure.FileName, new TeachCurvesData(result.History, result.Classes, result.Options.LearningRate, result.Options.L2),
                TeachCurvesFigure.Save),
            // Class names as the run's language reads them (TeachClassNames: «мурахи» for the folder "ants" in a uk run).
            FigureJob.Of(TeachConfusionFigure.FileName, new ConfusionData(classes, result.Confusion),
                (data, lang, size, path) => TeachConfusionFigure.Save(data with { Classes = TeachClassNames.For(data.Classes, lang) }, lang, size, path)),
            FigureJob.Of(TeachMistakesFigure.FileName, result.Shown,
                (shown, lang, size, path) => TeachMistakesFigure.Save(shown, mistakes, TeachClassNames.For(classes, lang), lang, size, path)),
            FigureJob.Of(TeachMapFigure.FileName, result.Map,
                (map, lang, size, path) => TeachMapFigure.Save(map with { Classes = TeachClassNames.For(map.Classes, lang) }, lang, size, path)),
            FigureJob.Of(TeachCamFigure.FileName, result.CamPanels,
                (panels, lang, size, path) => TeachCamFigure.Save(panels, TeachClassNames.For(classes, lang), lang, size, path)),
        ];
    }

    /// <summary><c>head.json</c>: the trained head with the run's parameters, for <c>classify --head</c> and <c>slide6 --head</c>.</summary>
    public IReadOnlyList<OutputJob> Files(TeachRun run) => run.Taught is not { } result
        ? []
        : [new OutputJob(HeadFile.FileName, path => HeadFile.Write(path, result.Head, FeatureExtraction.ModelKey, RecipeRun.ToJson(Parameters(run)!)),
            TeachReport.HeadSaved)];

    public TeachMetrics? Metrics(TeachRun run)
    {
        if (run.Taught is not { } result)
        {
            return null;
        }
        var history = result.History;
        var extraction = result.Extraction;
        return new TeachMetrics(result.Data.Classes, result.Train.Count, result.Validation.Count, history.FinalTrainAccuracy,
            history.FinalValidationAccuracy, result.Correct, history.FinalTrainLoss, history.FinalValidationLoss, result.GradientCheck.MaxRelativeError,
            extraction.Skipped.Count, [.. extraction.Skipped.Select(s => s.Path)], extraction.Hits, extraction.Computed, extraction.Rebuilt,
            extraction.Elapsed.TotalSeconds, extraction.PhotosPerSecond, result.Pca.ExplainedRatio, HeadFile.FileName, FeatureExtraction.ModelKey);
    }

    public TeachParameters? Parameters(TeachRun run)
    {
        if (run.Taught is not { } result)
        {
            return null;
        }
        var o = result.Options;
        return new TeachParameters(result.Data.Root, o.Epochs, o.LearningRate, o.L2, result.SplitBySeed ? o.ValidationFraction : null, result.Seed);
    }

    private static TeachResult Teach(TeachOptions options, int seed, ISlideProgress progress)
    {
        options.Validate();
        var lang = progress.Lang;
        var data = PhotoFolders.Scan(options.DataPath ?? "");
        var package = ResNet18Package.Require(); // verified (SHA-256 of 63 MB) only when the network is opened: a fully cached run never is
        var cache = new FeatureCache(options.CacheFolder ?? FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);

        // 1. Features, streamed: one photo decoded at a time (plus a short read-ahead), the network opened only on a cache miss.
        ExtractionResult extraction;
        using (var bar = progress.Start(lang.Text("Ознаки ResNet-18", "ResNet-18 features"), data.Photos.Count))
        {
            extraction = FeatureExtraction.Run(data.Photos, cache, () => ResNet18FeatureExtractor.Open(package.Verified(), intraOpThreads: 1), done => bar.Report(done));
        }
        var duplicates = Duplicates(extraction.Photos);

        // 2. Split: the data set's own train/ and val/, else a seeded stratified split.
        var (train, validation) = Split(data, extraction.Photos, options.ValidationFraction, seed);
        var trainX = train.Select(p => TrainedHead.UnitLength(p.Features)).ToArray();            // [n, 512], each row f/‖f‖
        var standardizer = FeatureStandardizer.Fit(trainX);                                      // μ, σ: [512], training photos only
        var xTrain = standardizer.Apply(trainX);                                                 // [n, 512]
        var tTrain = train.Select(p => p.Photo.Class).ToArray();                                 // [n]
        var xVal = validation.Select(p => standardizer.Apply(TrainedHead.UnitLength(p.Features))).ToArray(); // [m, 512]
        var tVal = validation.Select(p => p.Photo.Class).ToArray();                              // [m]
        var head = SoftmaxHead.Initial(data.Classes.Count, xTrain[0].Length, new Random(seed));  // W: [K, 512], b: [K]
        var splitBySeed = !validation.Any(p => p.Photo.Subset == PhotoSubset.Validation);

        // 3. Gradient check, then full-batch gradient descent.
        var checkCount = Math.Min(GradientCheckPhotos, xTrain.Length);
        var check = HeadGradientCheck.Run(head, xTrain[..checkCount], tTrain[..checkCount], options.L2);
        TrainingHistory history;
        using (var bar = progress.Start(lang.Text("Навчання голови", "Training the head"), options.Epochs))
        {
            history = HeadTrainer.Train(head, xTrain, tTrain, xVal, tVal, new HeadTrainingSettings(options.Epochs, options.LearningRate, options.L2),
                e => bar.Report(e.Epoch, $"CE {NumberText.Fixed(e.TrainLoss, 4, lang)}"));
        }
        if (!double.IsFinite(history.FinalTrainLoss) || head.W.Any(w => !double.IsFinite(w)))
        {
            throw new LessonException(
                $"Навчання розійшлося: значення ваг вийшли за межі (переповнення) при швидкості навчання {options.LearningRate}; спробуйте менший --lr.",
                $"Training diverged: the weights overflowed with learning rate {options.LearningRate}; try a smaller --lr.");
        }
        var trained = new TrainedHead(data.Classes, standardizer, head);

        // 4. What the figures draw: predictions, the 2-D map, the photos of the mistakes figure, the class activation maps.
        var selection = TeachSelection.Make(data, train, validation, xTrain, xVal, trained, cache, package, seed);
        return new TeachResult(options, seed, data, cache.Folder, extraction, duplicates, train, validation, splitBySeed, checkCount, check, history,
            trained, selection.Predictions, selection.Pca, selection.Map, selection.Shown, selection.CamPanels);
    }

    /// <summary>
    /// Training and validation photos: the data set's own <c>train/</c> and <c>val/</c>, else a stratified split that holds out
    /// <paramref name="validationFraction"/> of each class, drawn from <paramref name="seed"/>.
    /// </summary>
    /// <exception cref="LessonException">A class has no readable training photo, or (to split) fewer than two photos.</exception>
    public static (List<ExtractedPhoto> Train, List<ExtractedPhoto> Validation) Split(PhotoFolders data, IReadOnlyList<ExtractedPhoto> photos,
        double validationFraction, int seed)
    {
        for (var c = 0; c < data.Classes.Count; c++)
        {
            if (!photos.Any(p => p.Photo.Class == c && p.Photo.Subset != PhotoSubset.Validation))
            {
                throw new LessonException(
                    $"У класі «{data.Classes[c]}» немає жодного фото для навчання, яке вдалося прочитати; кожному класу потрібне хоча б одне.",
                    $"Class '{data.Classes[c]}' has no readable training photo; every class needs at least one.");
            }
        }
        var fixedValidation = photos.Where(p => p.Photo.Subset == PhotoSubset.Validation).ToList();
        if (fixedValidation.Count > 0)
        {
            return (photos.Where(p => p.Photo.Subset != PhotoSubset.Validation).ToList(), fixedValidation);
        }
        for (var c = 0; c < data.Classes.Count; c++)
        {
            if (photos.Count(p => p.Photo.Class == c) < 2)
            {
                throw new LessonException(
                    $"У класі «{data.Classes[c]}» лише одне фото, яке вдалося прочитати; щоб поділити його на навчальну й валідаційну вибірки, потрібно хоча б два фото на клас.",
                    $"Class '{data.Classes[c]}' has only one readable photo; splitting into training and validation needs at least two per class.");
            }
        }
        var (trainIdx, validationIdx) = StratifiedSplit.Split(photos.Select(p => p.Photo.Class).ToArray(), validationFraction, seed);
        return ([.. trainIdx.Select(i => photos[i])], [.. validationIdx.Select(i => photos[i])]);
    }

    /// <summary>The same bytes in training and validation make validation accuracy a lie: the groups of paths, to name them.</summary>
    private static List<IReadOnlyList<string>> Duplicates(IReadOnlyList<ExtractedPhoto> photos) =>
        [.. photos.GroupBy(p => p.Sha256)
            .Where(g => g.Any(p => p.Photo.Subset == PhotoSubset.Validation) && g.Any(p => p.Photo.Subset == PhotoSubset.Train))
            .Select(g => (IReadOnlyList<string>)[.. g.Select(p => p.Photo.Path)])];
}
