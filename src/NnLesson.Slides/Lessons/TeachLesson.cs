using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Figures.Teach;
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
/// </summary>
public static class TeachLesson
{
    public const string Id = "teach";

    public static readonly IReadOnlyList<string> FigureFiles =
        [TeachCurvesFigure.FileName, TeachConfusionFigure.FileName, TeachMistakesFigure.FileName, TeachMapFigure.FileName, TeachCamFigure.FileName];

    /// <summary>Training photos the gradient check uses (every weight is nudged twice, so the check costs 2·K·D losses).</summary>
    public const int GradientCheckPhotos = 8;

    /// <summary>For <c>nnlesson all</c>: teach the data set <see cref="DataSetLocator"/> finds, or say where it looked and how to get one.</summary>
    public static SlideOutcome RunIfDataFound(SlideContext context)
    {
        var lang = context.Lang;
        var found = DataSetLocator.Find();
        if (found is null)
        {
            context.Reporter.Heading(T(lang, "Навчання власних класів (teach)", "Teaching your own classes (teach)"));
            context.Reporter.Warning(T(lang,
                $"Набір фото не знайдено (шукали: {DataSetLocator.SearchedPlaces}); teach пропущено.",
                $"No photo data set found (looked at {DataSetLocator.SearchedPlaces}); teach skipped."));
            context.Reporter.Line(T(lang,
                $"Отримати: завантажте {DataSetLocator.DownloadUrl} і розпакуйте в datasets/ (папка hymenoptera_data → datasets/hymenoptera), або: nnlesson teach ВАША_ПАПКА",
                $"Get one: download {DataSetLocator.DownloadUrl} and unzip it into datasets/ (rename hymenoptera_data → datasets/hymenoptera), or run: nnlesson teach YOUR_FOLDER"));
            return new SlideOutcome(Id, []);
        }
        if (ResNet18Package.Find() is null)
        {
            context.Reporter.Heading(T(lang, "Навчання власних класів (teach)", "Teaching your own classes (teach)"));
            context.Reporter.Warning(T(lang, "ResNet-18 не знайдено в теці NuGet; teach пропущено. Виконайте 'dotnet restore'.",
                "ResNet-18 is not in the NuGet folder; teach skipped. Run 'dotnet restore'."));
            return new SlideOutcome(Id, []);
        }
        context.Reporter.Line(T(lang, $"Набір фото: {found.Value.Folder} (знайдено через {found.Value.Source})",
            $"Data set: {found.Value.Folder} (found via {found.Value.Source})"));
        return Run(context, TeachOptions.Default with { DataPath = found.Value.Folder });
    }

    public static SlideOutcome Run(SlideContext context, TeachOptions options)
    {
        options.Validate();
        var lang = context.Lang;
        var report = context.Reporter;
        report.Heading(T(lang, "Навчання власних класів: заморожена ResNet-18 + голова з нуля", "Teaching your own classes: a frozen ResNet-18 + a head from scratch"));
        var data = PhotoFolders.Scan(options.DataPath ?? "");
        var package = ResNet18Package.Require().Verified();
        var cache = new FeatureCache(options.CacheFolder ?? FeatureCache.DefaultRoot(), FeatureExtraction.ModelKey);
        report.Line(T(lang,
            $"Дані: {data.Root} — {data.Classes.Count} {Figures.Text.UkrainianPlural.Form(data.Classes.Count, "клас", "класи", "класів")} ({string.Join(", ", data.Classes)}), {data.Photos.Count} файлів{(data.HasValidationFolder ? ", з папкою val/" : "")}.",
            $"Data: {data.Root} — {data.Classes.Count} classes ({string.Join(", ", data.Classes)}), {data.Photos.Count} files{(data.HasValidationFolder ? ", with a val/ folder" : "")}."));
        report.Line(T(lang, $"Ознаки: ResNet-18 ({ResNet18Package.Origin}) → [512] на фото; кеш: {cache.Folder}",
            $"Features: ResNet-18 ({ResNet18Package.Origin}) → [512] per photo; cache: {cache.Folder}"));

        // 1. Features, streamed: one photo in memory at a time, the network opened only on a cache miss.
        ExtractionResult extraction;
        using (var progress = report.StartProgress(T(lang, "Ознаки ResNet-18", "ResNet-18 features"), data.Photos.Count))
        {
            extraction = FeatureExtraction.Run(data.Photos, cache, () => ResNet18FeatureExtractor.Open(package), done => progress.Report(done));
        }
        report.Line(T(lang,
            $"Ознаки: {extraction.Photos.Count} фото за {Num(extraction.Elapsed.TotalSeconds, 1)} с ({Num(extraction.PhotosPerSecond, 0)} фото/с): з кешу {extraction.Hits}, обчислено {extraction.Computed}{(extraction.Rebuilt > 0 ? $", з них перебудовано зіпсованих записів кешу {extraction.Rebuilt}" : "")}.",
            $"Features: {extraction.Photos.Count} photos in {Num(extraction.Elapsed.TotalSeconds, 1)} s ({Num(extraction.PhotosPerSecond, 0)} photos/s): {extraction.Hits} from the cache, {extraction.Computed} computed{(extraction.Rebuilt > 0 ? $", {extraction.Rebuilt} of them rebuilt from corrupt cache entries" : "")}."));
        foreach (var skip in extraction.Skipped)
        {
            report.Warning(T(lang, $"Пропущено: {OneLine(skip.Reason)}", $"Skipped: {OneLine(skip.Reason)}"));
        }
        WarnDuplicates(extraction.Photos, report, lang);

        // 2. Split: the data set's own train/ and val/, else a seeded stratified split.
        var (train, validation) = Split(data, extraction.Photos, options, context.Seed, report, lang);
        var trainX = train.Select(p => TrainedHead.UnitLength(p.Features)).ToArray();
        var standardizer = FeatureStandardizer.Fit(trainX);
        var xTrain = standardizer.Apply(trainX);
        var tTrain = train.Select(p => p.Photo.Class).ToArray();
        var xVal = validation.Select(p => standardizer.Apply(TrainedHead.UnitLength(p.Features))).ToArray();
        var tVal = validation.Select(p => p.Photo.Class).ToArray();
        var k = data.Classes.Count;
        var d = xTrain[0].Length;
        report.Line(T(lang,
            $"Голова: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ і σ — з {train.Count} навчальних фото; валідаційних {validation.Count}.",
            $"Head: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ and σ from the {train.Count} training photos; {validation.Count} validation photos."));

        // 3. Gradient check, then full-batch gradient descent.
        var head = SoftmaxHead.Initial(k, d, new Random(context.Seed));
        var checkCount = Math.Min(GradientCheckPhotos, xTrain.Length);
        var check = HeadGradientCheck.Run(head, xTrain[..checkCount], tTrain[..checkCount], options.L2);
        report.Line(T(lang,
            $"Перевірка градієнта (центральні різниці, h = 1e-5, {checkCount} фото, усі {head.W.Length + head.B.Length} параметрів): макс. відносна похибка {Sci(check.MaxRelativeError)} (W {Sci(check.Tensors[0].MaxRelativeError)}, b {Sci(check.Tensors[1].MaxRelativeError)}).",
            $"Gradient check (central differences, h = 1e-5, {checkCount} photos, all {head.W.Length + head.B.Length} parameters): max relative error {Sci(check.MaxRelativeError)} (W {Sci(check.Tensors[0].MaxRelativeError)}, b {Sci(check.Tensors[1].MaxRelativeError)})."));
        if (!(check.MaxRelativeError < HeadGradientCheck.Tolerance))
        {
            // Not fatal: with very few photos some entries of dW are ~1e−7, where the round-off of the central
            // difference (~1e−16·L/h) alone gives a relative error of 1e−5; a real bug gives errors near 1.
            report.Warning(T(lang,
                $"Похибка перевищує {Sci(HeadGradientCheck.Tolerance)}: при дуже малих градієнтах (мало фото) її дає саме округлення; помилка в градієнті дала б ~1.",
                $"The error exceeds {Sci(HeadGradientCheck.Tolerance)}: with tiny gradients (few photos) round-off alone gives it; a wrong gradient would give ~1."));
        }
        Core.Training.TrainingHistory history;
        using (var progress = report.StartProgress(T(lang, "Навчання голови", "Training the head"), options.Epochs))
        {
            history = HeadTrainer.Train(head, xTrain, tTrain, xVal, tVal, new HeadTrainingSettings(options.Epochs, options.LearningRate, options.L2),
                e => progress.Report(e.Epoch, $"CE {e.TrainLoss:F4}"));
        }
        if (!double.IsFinite(history.FinalTrainLoss) || head.W.Any(w => !double.IsFinite(w)))
        {
            throw new LessonException($"Training diverged: the weights overflowed with learning rate {options.LearningRate}; try a smaller --lr.");
        }
        var trained = new TrainedHead(data.Classes, standardizer, head);
        var correct = (int)Math.Round(history.FinalValidationAccuracy * validation.Count);
        report.Table(T(lang, "Підсумок", "Summary"), ["", T(lang, "до навчання", "before"), T(lang, $"після {options.Epochs} епох", $"after {options.Epochs} epochs")],
        [
            [T(lang, "Втрати, навчальна", "Loss, training"), Num(history.TrainLoss[0], 4), Num(history.FinalTrainLoss, 4)],
            [T(lang, "Втрати, валідаційна", "Loss, validation"), Num(history.ValidationLoss[0], 4), Num(history.FinalValidationLoss, 4)],
            [T(lang, "Точність, навчальна", "Accuracy, training"), Pct(history.TrainAccuracy[0]), Pct(history.FinalTrainAccuracy)],
            [T(lang, "Точність, валідаційна", "Accuracy, validation"), Pct(history.ValidationAccuracy[0]), $"{Pct(history.FinalValidationAccuracy)} ({correct}/{validation.Count})"],
        ]);

        // 4. Figures.
        var predictions = validation.Select((p, i) =>
        {
            var probabilities = head.Probabilities(xVal[i]);
            var predicted = Array.IndexOf(probabilities, probabilities.Max());
            return (Photo: p, Predicted: predicted, Probability: probabilities[predicted]);
        }).ToArray();
        var confusion = new int[k, k];
        foreach (var p in predictions)
        {
            confusion[p.Photo.Photo.Class, p.Predicted]++;
        }
        var all = train.Concat(validation).ToArray();
        var pca = PowerIterationPca.Fit([.. xTrain, .. xVal], 2, context.Seed);
        var projected = xTrain.Concat(xVal).Select(x => pca.Project(x)).ToArray();
        var mapData = new FeatureMapData(data.Classes, [.. projected.Select(p => p[0])], [.. projected.Select(p => p[1])],
            [.. all.Select(p => p.Photo.Class)], [.. all.Select((_, i) => i >= train.Count)], pca.ExplainedRatio);

        // Only the photos the mistakes figure shows are decoded again (for their 224×224 crops).
        var light = predictions.Select(p => new ValidationPhoto(Path.GetFileName(p.Photo.Photo.Path), Placeholder, p.Photo.Photo.Class, p.Predicted, p.Probability)).ToArray();
        var pathOf = new Dictionary<ValidationPhoto, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < light.Length; i++)
        {
            pathOf[light[i]] = predictions[i].Photo.Photo.Path;
        }
        var crops = new Dictionary<string, RgbImage>(StringComparer.Ordinal); // a photo in both figures is decoded once
        RgbImage CropOf(string path) => crops.TryGetValue(path, out var crop) ? crop : crops[path] = ResNet18FeatureExtractor.Crop(ImageLoader.Load(path));
        var shown = TeachMistakesFigure.Pick(light).Select(v => v with { Crop = CropOf(pathOf[v]) }).ToArray();
        var camPanels = CamPanels(predictions, trained, cache, package, CropOf);

        var figures = new List<Figures.Output.SavedFigure>();
        figures.Add(TeachCurvesFigure.Save(new TeachCurvesData(history, k, options.LearningRate, options.L2), lang, context.Size, context.OutputPath(TeachCurvesFigure.FileName)));
        figures.Add(TeachConfusionFigure.Save(new ConfusionData(data.Classes, confusion), lang, context.Size, context.OutputPath(TeachConfusionFigure.FileName)));
        figures.Add(TeachMistakesFigure.Save(shown, predictions.Count(p => p.Predicted != p.Photo.Photo.Class), data.Classes, lang, context.Size, context.OutputPath(TeachMistakesFigure.FileName)));
        figures.Add(TeachMapFigure.Save(mapData, lang, context.Size, context.OutputPath(TeachMapFigure.FileName)));
        figures.Add(TeachCamFigure.Save(camPanels, data.Classes, lang, context.Size, context.OutputPath(TeachCamFigure.FileName)));

        // 5. The head for classify --head and slide6 --head.
        var parameters = new JsonObject
        {
            ["data"] = data.Root,
            ["epochs"] = options.Epochs,
            ["learning_rate"] = options.LearningRate,
            ["l2"] = options.L2,
            ["validation_fraction"] = data.HasValidationFolder ? null : options.ValidationFraction,
            ["seed"] = context.Seed,
        };
        var headPath = context.OutputPath(HeadFile.FileName);
        HeadFile.Write(headPath, trained, FeatureExtraction.ModelKey, (JsonObject)parameters.DeepClone());
        report.Line(T(lang, $"Голову збережено: {headPath} → nnlesson classify ФОТО --head {headPath}",
            $"Head saved: {headPath} → nnlesson classify PHOTO --head {headPath}"));

        var metrics = new JsonObject
        {
            ["classes"] = new JsonArray([.. data.Classes.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["train_count"] = train.Count,
            ["validation_count"] = validation.Count,
            ["train_accuracy"] = history.FinalTrainAccuracy,
            ["validation_accuracy"] = history.FinalValidationAccuracy,
            ["validation_correct"] = correct,
            ["final_loss"] = history.FinalTrainLoss,
            ["validation_loss"] = history.FinalValidationLoss,
            ["gradient_check_max_relative_error"] = check.MaxRelativeError,
            ["skipped_files"] = extraction.Skipped.Count,
            ["skipped"] = new JsonArray([.. extraction.Skipped.Select(s => (JsonNode)JsonValue.Create(s.Path))]),
            ["cache_hits"] = extraction.Hits,
            ["features_computed"] = extraction.Computed,
            ["cache_entries_rebuilt"] = extraction.Rebuilt,
            ["feature_seconds"] = extraction.Elapsed.TotalSeconds,
            ["photos_per_second"] = extraction.PhotosPerSecond,
            ["pca_explained_ratio"] = new JsonArray([.. pca.ExplainedRatio.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["head"] = HeadFile.FileName,
            ["model_sha256"] = FeatureExtraction.ModelKey,
        };
        return new SlideOutcome(Id, figures, metrics, parameters);
    }

    private static (List<ExtractedPhoto> Train, List<ExtractedPhoto> Validation) Split(PhotoFolders data, IReadOnlyList<ExtractedPhoto> photos,
        TeachOptions options, int seed, Reporting.ISlideReporter report, Lang lang)
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
        var (trainIdx, validationIdx) = StratifiedSplit.Split(photos.Select(p => p.Photo.Class).ToArray(), options.ValidationFraction, seed);
        report.Line(T(lang,
            $"Папки val/ немає: {Pct(options.ValidationFraction)} кожного класу відкладено для валідації (зерно {seed}).",
            $"No val/ folder: {Pct(options.ValidationFraction)} of each class held out for validation (seed {seed})."));
        return ([.. trainIdx.Select(i => photos[i])], [.. validationIdx.Select(i => photos[i])]);
    }

    /// <summary>The same bytes in training and validation make validation accuracy a lie; name them.</summary>
    private static void WarnDuplicates(IReadOnlyList<ExtractedPhoto> photos, Reporting.ISlideReporter report, Lang lang)
    {
        var byHash = photos.GroupBy(p => p.Sha256).Where(g => g.Any(p => p.Photo.Subset == PhotoSubset.Validation) && g.Any(p => p.Photo.Subset == PhotoSubset.Train));
        foreach (var group in byHash)
        {
            var names = string.Join(" = ", group.Select(p => p.Photo.Path));
            report.Warning(T(lang, $"Те саме фото в навчальних і валідаційних: {names}", $"The same photo is in training and validation: {names}"));
        }
    }

    /// <summary>Up to four validation photos: the most confident right answer of each class, then the mistakes, each with its CAM for the predicted class.</summary>
    private static List<CamPanel> CamPanels((ExtractedPhoto Photo, int Predicted, double Probability)[] predictions, TrainedHead trained, FeatureCache cache,
        ResNet18Package package, Func<string, RgbImage> cropOf)
    {
        var chosen = predictions.Where(p => p.Predicted == p.Photo.Photo.Class).GroupBy(p => p.Photo.Photo.Class).OrderBy(g => g.Key)
            .Select(g => g.MaxBy(p => p.Probability)).Take(TeachCamFigure.MaxPanels - 1)
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
                    extractor ??= ResNet18FeatureExtractor.Open(package);
                    entry = extractor.ExtractCropped(crop);
                }
                var (weights, _) = trained.FoldedClassWeights(p.Predicted, entry.Features);
                var map = ClassActivationMap.Compute(entry.Maps, entry.Channels, entry.Height, entry.Width, weights);
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

    private static string T(Lang lang, string uk, string en) => new Localized(uk, en).For(lang);

    private static string Num(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string Pct(double share) => (100 * share).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Sci(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
