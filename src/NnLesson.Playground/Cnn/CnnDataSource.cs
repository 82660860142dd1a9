using NnLesson.Core;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Figures;
using NnLesson.Vision.Datasets;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// The images every CNN session trains on, read once and shared (read-only): training images [N, H, W] and test images
/// [M, H, W] as bytes, their classes' names in both languages, and the pixel normalisation x = (p/255 − μ)/σ with μ, σ
/// of the training pixels (as <c>train-cnn</c>).
/// </summary>
internal sealed record CnnData(string Folder, PixelImages Train, PixelImages Test, int Classes, IReadOnlyList<string> NamesUk,
    IReadOnlyList<string> NamesEn, (float Mean, float Std) Normalisation);

/// <summary>
/// Where the CNN page's images come from: the folder given (<c>nnlesson playground --data DIR</c>), else Fashion-MNIST where
/// <see cref="FashionMnist.Find"/> looks. Loaded on the first session's demand, once; without the files the page is told
/// in one line how to get them and nothing crashes.
/// </summary>
internal sealed class CnnDataSource(string? folder)
{
    private readonly Lazy<Task<(CnnData? Data, Localized? Missing)>> _load = new(() => Task.Run(() => Load(folder)));

    /// <summary>The data, or why there is none (one line, both languages).</summary>
    public Task<(CnnData? Data, Localized? Missing)> GetAsync() => _load.Value;

    private static (CnnData?, Localized?) Load(string? given)
    {
        var found = given ?? FashionMnist.Find();
        if (found is null || !IdxDataSet.Has(found))
        {
            var where = given ?? string.Join(", ", FashionMnist.SearchedFolders());
            return (null, new Localized(
                $"Fashion-MNIST не знайдено (шукали: {where}). Отримати: sudo apt-get install dataset-fashion-mnist, або nnlesson data download fashion-mnist, або nnlesson playground --data ПАПКА (чотири файли IDX).",
                $"Fashion-MNIST not found (looked in {where}). Get it: sudo apt-get install dataset-fashion-mnist, or nnlesson data download fashion-mnist, or nnlesson playground --data DIR (the four IDX files)."));
        }
        try
        {
            var set = IdxDataSet.Load(found);
            var (uk, en) = set.Names is { } names ? (names, names)
                : FashionMnist.IsFashionFolder(set.Folder) && set.Classes == 10 ? (FashionMnist.NamesUk, FashionMnist.NamesEn)
                : (Numbers(set.Classes), Numbers(set.Classes));
            return (new CnnData(set.Folder, set.Train, set.Test, set.Classes, uk, en, set.Train.PixelStatistics()), null);
        }
        catch (Exception e) when (e is LessonException or IOException or InvalidDataException)
        {
            return (null, new Localized($"Не вдалося прочитати {found}: {(e is LessonException l ? l.MessageIn(true) : e.Message)}", $"Cannot read {found}: {e.Message}"));
        }
    }

    private static IReadOnlyList<string> Numbers(int classes) =>
        [.. Enumerable.Range(0, classes).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
