using NnLesson.Core.Training;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Figures.Teach;
using NnLesson.Figures.Text;
using NnLesson.Slides.Reporting;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>What teach tells the audience, in the run's language: the data, the features, the split, the check, the summary.</summary>
internal static class TeachReport
{
    /// <summary>Why teach was skipped in <c>all</c> and what to do about it.</summary>
    public static void Skipped(TeachSkip skip, ISlideReporter report, Lang lang)
    {
        report.Heading(lang.Text("Власні класи (teach)", "Teaching your own classes (teach)"));
        if (skip == TeachSkip.NoDataSet)
        {
            report.Warning(lang.Text(
                $"Набір фото не знайдено (де шукали: {DataSetLocator.SearchedPlaces}); teach пропущено.",
                $"No photo data set found (looked at {DataSetLocator.SearchedPlaces}); teach skipped."));
            report.Line(lang.Text(
                $"Як отримати: завантажте {DataSetLocator.DownloadUrl} і розпакуйте в datasets/ (папка hymenoptera_data → datasets/hymenoptera), або: nnlesson teach ВАША_ПАПКА",
                $"Get one: download {DataSetLocator.DownloadUrl} and unzip it into datasets/ (rename hymenoptera_data → datasets/hymenoptera), or run: nnlesson teach YOUR_FOLDER"));
        }
        else
        {
            report.Warning(lang.Text("ResNet-18 не знайдено в папці NuGet; teach пропущено. Виконайте 'dotnet restore'.",
                "ResNet-18 is not in the NuGet folder; teach skipped. Run 'dotnet restore'."));
        }
    }

    /// <summary>The line that says which data set <c>all</c> found, and where it looked.</summary>
    public static void Found(string folder, string via, ISlideReporter report, Lang lang) =>
        report.Line(lang.Text($"Набір фото: {folder} (знайдено в {via}; де шукали: {DataSetLocator.SearchedPlaces})",
            $"Data set: {folder} (found via {via}; looked at {DataSetLocator.SearchedPlaces})"));

    /// <summary>Where head.json went and how to use it.</summary>
    public static string HeadSaved(string path, Lang lang) =>
        lang.Text($"Голову збережено: {path} → nnlesson classify ФОТО --head {path}", $"Head saved: {path} → nnlesson classify PHOTO --head {path}");

    public static void Heading(ISlideReporter report, Lang lang) =>
        report.Heading(lang.Text("Власні класи: заморожена ResNet-18 + нова голова з нуля", "Teaching your own classes: a frozen ResNet-18 + a head from scratch"));

    public static void Data(PhotoFolders data, string cacheFolder, ISlideReporter report, Lang lang)
    {
        var k = data.Classes.Count;
        report.Line(lang.Text(
            $"Дані: {data.Root} — {k} {UkrainianPlural.Form(k, "клас", "класи", "класів")} ({string.Join(", ", data.Classes.Select(c => TeachClassNames.WithFolder(c, Lang.Uk)))}), {data.Photos.Count} {UkrainianPlural.Form(data.Photos.Count, "файл", "файли", "файлів")}{(data.HasValidationFolder ? ", з папкою val/" : "")}.",
            $"Data: {data.Root} — {k} classes ({string.Join(", ", data.Classes)}), {data.Photos.Count} files{(data.HasValidationFolder ? ", with a val/ folder" : "")}."));
        report.Line(lang.Text($"Ознаки: ResNet-18 (пакет NuGet Microsoft.ML.DnnImageFeaturizer.ResNet18 {ResNet18Package.Version}, MIT) → [512] на фото; кеш: {cacheFolder}",
            $"Features: ResNet-18 ({ResNet18Package.Origin}) → [512] per photo; cache: {cacheFolder}"));
    }

    public static void Extraction(ExtractionResult extraction, IReadOnlyList<IReadOnlyList<string>> duplicates, ISlideReporter report, Lang lang)
    {
        var seconds = NumberText.Fixed(extraction.Elapsed.TotalSeconds, 1, lang);
        var rate = NumberText.Fixed(extraction.PhotosPerSecond, 0, lang);
        report.Line(lang.Text(
            $"Ознаки: {extraction.Photos.Count} фото за {seconds} с ({rate} фото/с): з кешу {extraction.Hits}, обчислено {extraction.Computed}{(extraction.Rebuilt > 0 ? $", з них перебудовано зіпсованих записів кешу {extraction.Rebuilt}" : "")}.",
            $"Features: {extraction.Photos.Count} photos in {seconds} s ({rate} photos/s): {extraction.Hits} from the cache, {extraction.Computed} computed{(extraction.Rebuilt > 0 ? $", {extraction.Rebuilt} of them rebuilt from corrupt cache entries" : "")}."));
        if (extraction.CacheNotWritten is { } why)
        {
            report.Warning(lang.Text(
                $"Ознаки не збережено в кеш ({why}); їх буде обчислено знову наступного разу. Вкажіть папку, доступну для запису: --cache або NNLESSON_CACHE.",
                $"Features are not cached ({why}); they are computed again next time. Give a writable folder with --cache or NNLESSON_CACHE."));
        }
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

    public static void Split(TeachResult result, ISlideReporter report, Lang lang) =>
        Split(result.Data, result.Options, result.Seed, result.SplitBySeed, result.Train.Count, result.Validation.Count, result.Head.Head, report, lang);

    private static void Split(PhotoFolders data, TeachOptions options, int seed, bool splitBySeed, int trainCount, int validationCount,
        SoftmaxHead head, ISlideReporter report, Lang lang)
    {
        if (splitBySeed)
        {
            var share = NumberText.Percent(options.ValidationFraction, lang);
            // A val/ folder without one readable photo is said as it is, not as "no val/ folder" (probe G16).
            report.Line(data.HasValidationFolder
                ? lang.Text($"У папці val/ немає жодного придатного фото: {share} кожного класу відкладено для валідації (зерно {seed}).",
                    $"The val/ folder has no readable photo: {share} of each class held out for validation (seed {seed}).")
                : lang.Text($"Папки val/ немає: {share} кожного класу відкладено для валідації (зерно {seed}).",
                    $"No val/ folder: {share} of each class held out for validation (seed {seed})."));
        }
        var (k, d) = (data.Classes.Count, head.W.Length / data.Classes.Count);
        report.Line(lang.Text(
            $"Голова: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ і σ — з {trainCount} навчальних фото; валідаційних {validationCount}.",
            $"Head: z = W·x + b, W [{k}, {d}], b [{k}], p = softmax(z); x = (f/‖f‖ − μ)/σ, μ and σ from the {trainCount} training photos; {validationCount} validation photos."));
    }

    public static void Check(int checkCount, GradientCheckResult check, SoftmaxHead head, ISlideReporter report, Lang lang)
    {
        string Sci(double v) => NumberText.Scientific(v, 1, lang);
        var parameters = head.W.Length + head.B.Length;
        report.Line(lang.Text(
            $"Перевірка градієнта (центральні різниці, h = 10⁻⁵, {checkCount} фото, усі {parameters} {UkrainianPlural.Form(parameters, "параметр", "параметри", "параметрів")}): макс. відносна похибка {Sci(check.MaxRelativeError)} (W {Sci(check.Tensors[0].MaxRelativeError)}, b {Sci(check.Tensors[1].MaxRelativeError)}).",
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

    public static void Summary(TeachResult result, ISlideReporter report, Lang lang)
    {
        var history = result.History;
        string Loss(double v) => NumberText.Fixed(v, 4, lang);
        string Pct(double v) => NumberText.Percent(v, lang);
        report.Table(lang.Text("Підсумок", "Summary"),
            ["", lang.Text("до навчання", "before"), lang.Text($"після {result.Options.Epochs} {UkrainianPlural.Form(result.Options.Epochs, "епохи", "епох", "епох")}", $"after {result.Options.Epochs} epochs")],
        [
            [lang.Text("Втрати (навчальна вибірка)", "Loss, training"), Loss(history.TrainLoss[0]), Loss(history.FinalTrainLoss)],
            [lang.Text("Втрати (валідаційна вибірка)", "Loss, validation"), Loss(history.ValidationLoss[0]), Loss(history.FinalValidationLoss)],
            [lang.Text("Точність (навчальна вибірка)", "Accuracy, training"), Pct(history.TrainAccuracy[0]), Pct(history.FinalTrainAccuracy)],
            [lang.Text("Точність (валідаційна вибірка)", "Accuracy, validation"), Pct(history.ValidationAccuracy[0]), $"{Pct(history.FinalValidationAccuracy)} ({result.Correct}/{result.Validation.Count})"],
        ]);
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
