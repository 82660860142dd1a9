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
/// A recipe like the other slides; <see cref="Run"/> (the command, <c>all</c>, the single-file program) runs it live —
/// progress bars while the features and the head are computed — and also writes <c>head.json</c>.
/// </para>
/// </summary>
public sealed class TeachLesson : ISlideRecipe<TeachOptions, TeachResult, TeachMetrics, TeachParameters>
{
    public const string Id = "teach";

    public static readonly IReadOnlyList<string> FigureFiles =
        [TeachCurvesFigure.FileName, TeachConfusionFigure.FileName, TeachMistakesFigure.FileName, TeachMapFigure.FileName, TeachCamFigure.FileName];

    /// <summary>Training photos the gradient check uses (every weight is nudged twice, so the check costs 2·K·D losses).</summary>
    public const int GradientCheckPhotos = 8;

    /// <summary>The lesson's recipe; <see cref="Run"/> runs it live in a context.</summary>
    public static readonly TeachLesson Recipe = new();

    private TeachLesson()
    {
    }

    string ISlideRecipe<TeachOptions, TeachResult, TeachMetrics, TeachParameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<TeachOptions, TeachResult, TeachMetrics, TeachParameters>.FigureFiles => FigureFiles;

    /// <summary>For <c>nnlesson all</c>, live: teach the data set <see cref="DataSetLocator"/> finds, or say where it looked and how to get one.</summary>
    public static SlideOutcome RunIfDataFound(SlideContext context) =>
        FindData(context, out var skipped) is { } found ? RunFound(context, found) : skipped();

    /// <summary>
    /// For <c>nnlesson all</c>, computed ahead: the features and the head computed now (silently), the lesson shown when
    /// the result is called (the same lines as <see cref="RunIfDataFound"/>, without progress bars), or the skip notice.
    /// </summary>
    public static ComputedSlide ComputedIfDataFound(SlideContext context)
    {
        if (FindData(context, out var skipped) is not { } found)
        {
            return skipped;
        }
        var result = Recipe.Compute(found.Options, context.Seed);
        return () =>
        {
            context.Reporter.Line(found.Line);
            Recipe.Report(result, context.Reporter, context.Lang);
            return Save(context, result);
        };
    }

    /// <summary>
    /// The data set found and the line that says where; null when there is none or ResNet-18 is not restored, and then
    /// <paramref name="skipped"/> shows why.
    /// </summary>
    private static (TeachOptions Options, string Line)? FindData(SlideContext context, out ComputedSlide skipped)
    {
        var found = DataSetLocator.Find();
        skipped = Skipped(context, dataSetFound: found is not null);
        if (found is null || ResNet18Package.Find() is null)
        {
            return null;
        }
        var line = context.Lang.Text($"Набір фото: {found.Value.Folder} (знайдено в {found.Value.Source}; де шукали: {DataSetLocator.SearchedPlaces})",
            $"Data set: {found.Value.Folder} (found via {found.Value.Source}; looked at {DataSetLocator.SearchedPlaces})");
        return (TeachOptions.Default with { DataPath = found.Value.Folder }, line);
    }

    private static SlideOutcome RunFound(SlideContext context, (TeachOptions Options, string Line) found)
    {
        context.Reporter.Line(found.Line);
        return Run(context, found.Options);
    }

    /// <summary>Why teach is skipped (no data set, or ResNet-18 not restored) and what to do, shown when called.</summary>
    private static ComputedSlide Skipped(SlideContext context, bool dataSetFound) => () =>
    {
        var lang = context.Lang;
        context.Reporter.Heading(lang.Text("Власні класи (teach)", "Teaching your own classes (teach)"));
        if (!dataSetFound)
        {
            context.Reporter.Warning(lang.Text(
                $"Набір фото не знайдено (де шукали: {DataSetLocator.SearchedPlaces}); teach пропущено.",
                $"No photo data set found (looked at {DataSetLocator.SearchedPlaces}); teach skipped."));
            context.Reporter.Line(lang.Text(
                $"Як отримати: завантажте {DataSetLocator.DownloadUrl} і розпакуйте в datasets/ (папка hymenoptera_data → datasets/hymenoptera), або: nnlesson teach ВАША_ПАПКА",
                $"Get one: download {DataSetLocator.DownloadUrl} and unzip it into datasets/ (rename hymenoptera_data → datasets/hymenoptera), or run: nnlesson teach YOUR_FOLDER"));
        }
        else
        {
            context.Reporter.Warning(lang.Text("ResNet-18 не знайдено в папці NuGet; teach пропущено. Виконайте 'dotnet restore'.",
                "ResNet-18 is not in the NuGet folder; teach skipped. Run 'dotnet restore'."));
        }
        return new SlideOutcome(Id, []);
    };

    /// <summary>
    /// The lesson live: each step prints as it is computed, with progress bars for the features and the training;
    /// then the figures, <c>head.json</c> and the manifest records.
    /// </summary>
    public static SlideOutcome Run(SlideContext context, TeachOptions options)
    {
        ReportHeading(context.Reporter, context.Lang);
        var result = Execute(options, context.Seed, context.Reporter, context.Lang);
        ReportSummary(result, context.Reporter, context.Lang);
        return Save(context, result);
    }

    /// <summary>The figures, <c>head.json</c> (and the line that says where it is) and the manifest records.</summary>
    private static SlideOutcome Save(SlideContext context, TeachResult result)
    {
        var figures = FigureJob.RenderAll(Recipe.Figures(result), context.Lang, context.Size, context.OutputDirectory);
        var headPath = context.OutputPath(HeadFile.FileName);
        HeadFile.Write(headPath, result.Head, FeatureExtraction.ModelKey, RecipeRun.ToJson(Recipe.Parameters(result)));
        context.Reporter.Line(context.Lang.Text($"Голову збережено: {headPath} → nnlesson classify ФОТО --head {headPath}",
            $"Head saved: {headPath} → nnlesson classify PHOTO --head {headPath}"));
        // The parameters again, as a second node: head.json's object has adopted the first (a JSON node has one parent).
        return new SlideOutcome(Id, figures, RecipeRun.ToJson(Recipe.Metrics(result)), RecipeRun.ToJson(Recipe.Parameters(result)));
    }

    /// <summary>The computation, silent (no progress, no console): the same result as a live <see cref="Run"/>.</summary>
    public TeachResult Compute(TeachOptions options, int seed) => Execute(options, seed, new PlainTextReporter(TextWriter.Null), Lang.En);

    /// <summary>Everything a live run prints, after the fact (the head.json line excepted: only <see cref="Run"/> writes it).</summary>
    public void Report(TeachResult result, ISlideReporter reporter, Lang lang)
    {
        ReportHeading(reporter, lang);
        ReportData(result.Data, result.CacheFolder, reporter, lang);
        ReportExtraction(result.Extraction, result.Duplicates, reporter, lang);
        ReportSplit(result, reporter, lang);
        ReportCheck(result.CheckPhotos, result.GradientCheck, result.Head.Head, reporter, lang);
        ReportSummary(result, reporter, lang);
    }

    public IReadOnlyList<FigureJob> Figures(TeachResult result)
    {
        var classes = result.Data.Classes;
        var mistakes = result.Predictions.Count - result.Correct;
        return
        [
            FigureJob.Of(TeachCurvesFigure.FileName, new TeachCurvesData(result.History, result.Classes, result.Options.LearningRate, result.Options.L2),
                TeachCurvesFigure.Save),
            FigureJob.Of(TeachConfusionFigure.FileName, new ConfusionData(classes, result.Confusion), TeachConfusionFigure.Save),
            FigureJob.Of(TeachMistakesFigure.FileName, result.Shown, (shown, lang, size, path) => TeachMistakesFigure.Save(shown, mistakes, classes, lang, size, path)),
            FigureJob.Of(TeachMapFigure.FileName, result.Map, TeachMapFigure.Save),
            FigureJob.Of(TeachCamFigure.FileName, result.CamPanels, (panels, lang, size, path) => TeachCamFigure.Save(panels, classes, lang, size, path)),
        ];
    }

    public TeachMetrics Metrics(TeachResult result)
    {
        var history = result.History;
        var extraction = result.Extraction;
        return new TeachMetrics(result.Data.Classes, result.Train.Count, result.Validation.Count, history.FinalTrainAccuracy,
            history.FinalValidationAccuracy, result.Correct, history.FinalTrainLoss, history.FinalValidationLoss, result.GradientCheck.MaxRelativeError,
            extraction.Skipped.Count, [.. extraction.Skipped.Select(s => s.Path)], extraction.Hits, extraction.Computed, extraction.Rebuilt,
            extraction.Elapsed.TotalSeconds, extraction.PhotosPerSecond, result.Pca.ExplainedRatio, HeadFile.FileName, FeatureExtraction.ModelKey);
    }

    public TeachParameters Parameters(TeachResult result)
    {
        var o = result.Options;
        return new TeachParameters(result.Data.Root, o.Epochs, o.LearningRate, o.L2, result.Data.HasValidationFolder ? null : o.ValidationFraction, result.Seed);
    }

    private static TeachResult Execute(TeachOptions options, int seed, ISlideReporter report, Lang lang)
    {
        options.Validate();
        var data = PhotoFolders.Scan(options.DataPath ?? "");
        var package = ResNet18Package.Require(); // verified (SHA-256 of 63 MB) only when the network is opened: a fully cached run never is
        var cache = new FeatureCache(options.CacheFolder ?? FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);
        ReportData(data, cache.Folder, report, lang);

        // 1. Features, streamed: one photo decoded at a time (plus a short read-ahead), the network opened only on a cache miss.
        ExtractionResult extraction;
        using (var progress = report.StartProgress(lang.Text("Ознаки ResNet-18", "ResNet-18 features"), data.Photos.Count))
        {
            extraction = FeatureExtraction.Run(data.Photos, cache, () => ResNet18FeatureExtractor.Open(package.Verified()), done => progress.Report(done));
        }
        var duplicates = Duplicates(extraction.Photos);
        ReportExtraction(extraction, duplicates, report, lang);

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
        ReportSplit(data, options, seed, splitBySeed, train.Count, validation.Count, head, report, lang);

        // 3. Gradient check, then full-batch gradient descent.
        var checkCount = Math.Min(GradientCheckPhotos, xTrain.Length);
        var check = HeadGradientCheck.Run(head, xTrain[..checkCount], tTrain[..checkCount], options.L2);
        ReportCheck(checkCount, check, head, report, lang);
        TrainingHistory history;
        using (var progress = report.StartProgress(lang.Text("Навчання голови", "Training the head"), options.Epochs))
        {
            history = HeadTrainer.Train(head, xTrain, tTrain, xVal, tVal, new HeadTrainingSettings(options.Epochs, options.LearningRate, options.L2),
                e => progress.Report(e.Epoch, $"CE {NumberText.Fixed(e.TrainLoss, 4, lang)}"));
        }
        if (!double.IsFinite(history.FinalTrainLoss) || head.W.Any(w => !double.IsFinite(w)))
        {
            throw new LessonException($"Training diverged: the weights overflowed with learning rate {options.LearningRate}; try a smaller --lr.");
        }
        var trained = new TrainedHead(data.Classes, standardizer, head);

        // 4. What the figures draw: predictions, the 2-D map, the photos of the mistakes figure, the class activation maps.
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
        var light = predictions.Select(Light).ToArray();
        var pathOf = new Dictionary<ValidationPhoto, string>(ReferenceEqualityComparer.Instance); // records with equal fields stay apart
        for (var i = 0; i < light.Length; i++)
        {
            pathOf[light[i]] = predictions[i].Photo.Photo.Path;
        }
        var shown = TeachMistakesFigure.Pick(light).Select(v => v with { Crop = CropOf(pathOf[v]) }).ToArray(); // only the photos shown are decoded
        var camPanels = CamPanels(predictions, trained, cache, package, CropOf);
        return new TeachResult(options, seed, data, cache.Folder, extraction, duplicates, train, validation, splitBySeed, checkCount, check, history,
            trained, predictions, pca, map, shown, camPanels);
    }

    /// <summary>A prediction as the mistakes figure sees it, before its photo is decoded (a 1×1 placeholder crop).</summary>
    private static ValidationPhoto Light(TeachPrediction p) =>
        new(Path.GetFileName(p.Photo.Photo.Path), Placeholder, p.Photo.Photo.Class, p.Predicted, p.Probability);

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
                throw new LessonException($"Class '{data.Classes[c]}' has no readable training photo; every class needs at least one.");
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
                throw new LessonException($"Class '{data.Classes[c]}' has only one readable photo; splitting into training and validation needs at least two per class.");
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

    /// <summary>Up to four validation photos: the most confident right answer of each class, then the mistakes, each with its CAM for the predicted class.</summary>
    private static List<CamPanel> CamPanels(IReadOnlyList<TeachPrediction> predictions, TrainedHead trained, FeatureCache cache,
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
                panels.Add(new CamPanel(new ValidationPhoto(Path.GetFileName(p.Photo.Photo.Path), crop, p.Photo.Photo.Class, p.Predicted, p.Probability),
                    map, entry.Height, entry.Width));
            }
        }
        finally
        {
            extractor?.Dispose();
        }
        return panels;
    }

    private static readonly RgbImage Placeholder = new(1, 1, [0, 0, 0]);

    private static void ReportHeading(ISlideReporter report, Lang lang) =>
        report.Heading(lang.Text("Власні класи: заморожена ResNet-18 + нова голова з нуля", "Teaching your own classes: a frozen ResNet-18 + a head from scratch"));

    private static void ReportData(PhotoFolders data, string cacheFolder, ISlideReporter report, Lang lang)
    {
        var k = data.Classes.Count;
        report.Line(lang.Text(
            $"Дані: {data.Root} — {k} {UkrainianPlural.Form(k, "клас", "класи", "класів")} ({string.Join(", ", data.Classes)}), {data.Photos.Count} {UkrainianPlural.Form(data.Photos.Count, "файл", "файли", "файлів")}{(data.HasValidationFolder ? ", з папкою val/" : "")}.",
            $"Data: {data.Root} — {k} classes ({string.Join(", ", data.Classes)}), {data.Photos.Count} files{(data.HasValidationFolder ? ", with a val/ folder" : "")}."));
        report.Line(lang.Text($"Ознаки: ResNet-18 (пакет NuGet Microsoft.ML.DnnImageFeaturizer.ResNet18 {ResNet18Package.Version}, MIT) → [512] на фото; кеш: {cacheFolder}",
            $"Features: ResNet-18 ({ResNet18Package.Origin}) → [512] per photo; cache: {cacheFolder}"));
    }

    private static void ReportExtraction(ExtractionResult extraction, IReadOnlyList<IReadOnlyList<string>> duplicates, ISlideReporter report, Lang lang)
    {
        var seconds = NumberText.Fixed(extraction.Elapsed.TotalSeconds, 1, lang);
        var rate = NumberText.Fixed(extraction.PhotosPerSecond, 0, lang);
        report.Line(lang.Text(
            $"Ознаки: {extraction.Photos.Count} фото за {seconds} с ({rate} фото/с): з кешу {extraction.Hits}, обчислено {extraction.Computed}{(extraction.Rebuilt > 0 ? $", з них перебудовано зіпсованих записів кешу {extraction.Rebuilt}" : "")}.",
            $"Features: {extraction.Photos.Count} photos in {seconds} s ({rate} photos/s): {extraction.Hits} from the cache, {extraction.Computed} computed{(extraction.Rebuilt > 0 ? $", {extraction.Rebuilt} of them rebuilt from corrupt cache entries" : "")}."));
        foreach (var skip in extraction.Skipped)
        {
            // The loader's reason is an English sentence; the Ukrainian console names the file in Ukrainian (--lang en prints the loader's reason).
            report.Warning(lang.Text($"Пропущено: {skip.Path} — не вдалося прочитати як фото", $"Skipped: {OneLine(skip.Reason)}"));
        }
        foreach (var group in duplicates)
        {
            var names = string.Join(" = ", group);
            report.Warning(lang.Text($"Те саме фото є і в навчальній, і у валідаційній вибірці: {names}", $"The same photo is in training and validation: {names}"));
        }
    }

    private static void ReportSplit(TeachResult result, ISlideReporter report, Lang lang) =>
        ReportSplit(result.Data, result.Options, result.Seed, result.SplitBySeed, result.Train.Count, result.Validation.Count, result.Head.Head, report, lang);

    private static void ReportSplit(PhotoFolders data, TeachOptions options, int seed, bool splitBySeed, int trainCount, int validationCount,
        SoftmaxHead head, ISlideReporter report, Lang lang)
    {
        if (splitBySeed)
        {
            var share = NumberText.Percent(options.ValidationFraction, lang);
            report.Line(lang.Text($"Папки val/ немає: {share} кожного класу відкладено для валідації (зерно {seed}).",
                $"No val/ folder: {share} of each class held out for validation (seed {seed})."));
        }
        var (k, d) = (data.Classes.Count, head.W.Length / data.Classes.Count);
        report.Line(lang.Text(
            $"Голова: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ і σ — з {trainCount} навчальних фото; валідаційних {validationCount}.",
            $"Head: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ and σ from the {trainCount} training photos; {validationCount} validation photos."));
    }

    private static void ReportCheck(int checkCount, GradientCheckResult check, SoftmaxHead head, ISlideReporter report, Lang lang)
    {
        string Sci(double v) => NumberText.Scientific(v, 1, lang);
        var parameters = head.W.Length + head.B.Length;
        report.Line(lang.Text(
            $"Перевірка градієнта (центральні різниці, h = 1e-5, {checkCount} фото, усі {parameters} {UkrainianPlural.Form(parameters, "параметр", "параметри", "параметрів")}): макс. відносна похибка {Sci(check.MaxRelativeError)} (W {Sci(check.Tensors[0].MaxRelativeError)}, b {Sci(check.Tensors[1].MaxRelativeError)}).",
            $"Gradient check (central differences, h = 1e-5, {checkCount} photos, all {parameters} parameters): max relative error {Sci(check.MaxRelativeError)} (W {Sci(check.Tensors[0].MaxRelativeError)}, b {Sci(check.Tensors[1].MaxRelativeError)})."));
        if (!(check.MaxRelativeError < HeadGradientCheck.Tolerance))
        {
            // Not fatal: with very few photos some entries of dW are ~1e−7, where the round-off of the central
            // difference (~1e−16·L/h) alone gives a relative error of 1e−5; a real bug gives errors near 1.
            report.Warning(lang.Text(
                $"Похибка перевищує {Sci(HeadGradientCheck.Tolerance)}: при дуже малих градієнтах (мало фото) її дає саме округлення; помилка в градієнті дала б ~1.",
                $"The error exceeds {Sci(HeadGradientCheck.Tolerance)}: with tiny gradients (few photos) round-off alone gives it; a wrong gradient would give ~1."));
        }
    }

    private static void ReportSummary(TeachResult result, ISlideReporter report, Lang lang)
    {
        var history = result.History;
        string Loss(double v) => NumberText.Fixed(v, 4, lang);
        string Pct(double v) => NumberText.Percent(v, lang);
        report.Table(lang.Text("Підсумок", "Summary"),
            ["", lang.Text("до навчання", "before"), lang.Text($"після {result.Options.Epochs} {UkrainianPlural.Form(result.Options.Epochs, "епохи", "епох", "епох")}", $"after {result.Options.Epochs} epochs")],
        [
            [lang.Text("Втрати, навчальна", "Loss, training"), Loss(history.TrainLoss[0]), Loss(history.FinalTrainLoss)],
            [lang.Text("Втрати, валідаційна", "Loss, validation"), Loss(history.ValidationLoss[0]), Loss(history.FinalValidationLoss)],
            [lang.Text("Точність, навчальна", "Accuracy, training"), Pct(history.TrainAccuracy[0]), Pct(history.FinalTrainAccuracy)],
            [lang.Text("Точність, валідаційна", "Accuracy, validation"), Pct(history.ValidationAccuracy[0]), $"{Pct(history.FinalValidationAccuracy)} ({result.Correct}/{result.Validation.Count})"],
        ]);
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
