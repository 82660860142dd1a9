using NnLesson.Core;
using NnLesson.Core.Cnn.Training.Fast;

namespace NnLesson.Vision.Datasets;

/// <summary>
/// A folder with the four IDX files of the MNIST family — train-images-idx3-ubyte, train-labels-idx1-ubyte,
/// t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each optionally .gz — read as training and test images.
/// The number of classes is 1 + the largest label; class names come from an optional labels file in the folder
/// (<see cref="LabelsFile"/>: one name per line, line i = class i), else Fashion-MNIST's when the folder is a
/// Fashion-MNIST folder, else the class numbers.
/// </summary>
public sealed record IdxDataSet(string Folder, PixelImages Train, PixelImages Test, int Classes, IReadOnlyList<string>? Names)
{
    public const string LabelsFile = "labels.txt";

    public static readonly IReadOnlyList<string> FileStems =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    /// <summary>Whether <paramref name="folder"/> holds the four files (plain or .gz).</summary>
    public static bool Has(string folder) => FileStems.All(stem => Locate(folder, stem) is not null);

    /// <exception cref="LessonException">A file is missing or broken, or the images and labels disagree.</exception>
    public static IdxDataSet Load(string folder)
    {
        var missing = FileStems.Where(stem => Locate(folder, stem) is null).ToList();
        if (missing.Count > 0)
        {
            throw new LessonException(
                $"{folder}: бракує {string.Join(", ", missing.Select(m => m + "[.gz]"))}.",
                $"{folder}: missing {string.Join(", ", missing.Select(m => m + "[.gz]"))}.");
        }
        var train = Images(folder, "train");
        var test = Images(folder, "t10k");
        if (train.Height != test.Height || train.Width != test.Width)
        {
            throw new LessonException(
                $"{folder}: навчальні зображення {train.Height}×{train.Width}, а тестові {test.Height}×{test.Width}.",
                $"{folder}: training images are {train.Height}×{train.Width}, test images {test.Height}×{test.Width}.");
        }
        var classes = Math.Max(train.Labels.Max(), test.Labels.Max()) + 1;
        if (classes < 2)
        {
            throw new LessonException(
                $"{folder}: усі мітки — 0; класифікатору потрібно щонайменше два класи.",
                $"{folder}: every label is 0; a classifier needs at least two classes.");
        }
        var labelsPath = Path.Combine(folder, LabelsFile);
        IReadOnlyList<string>? names = null;
        if (File.Exists(labelsPath))
        {
            names = File.ReadAllLines(labelsPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (names.Count < classes)
            {
                throw new LessonException(
                    $"{labelsPath}: назв — {names.Count}, а класів — {classes} (по одній назві в рядку, рядок i — клас i).",
                    $"{labelsPath}: {names.Count} names for {classes} classes (one name per line, line i = class i).");
            }
            names = names.Take(classes).ToList();
        }
        return new IdxDataSet(Path.GetFullPath(folder), train, test, classes, names);
    }

    private static PixelImages Images(string folder, string prefix)
    {
        var imagesPath = Locate(folder, $"{prefix}-images-idx3-ubyte")!;
        var labelsPath = Locate(folder, $"{prefix}-labels-idx1-ubyte")!;
        var (imageSizes, pixels) = IdxFile.Read(imagesPath);
        var (labelSizes, labels) = IdxFile.Read(labelsPath);
        if (imageSizes.Length != 3 || labelSizes.Length != 1)
        {
            throw new LessonException(
                $"{imagesPath}: зображення мають бути [кількість, H, W], а мітки [кількість]; маємо [{string.Join(", ", imageSizes)}] і [{string.Join(", ", labelSizes)}].",
                $"{imagesPath}: images must be [count, H, W] and labels [count]; got [{string.Join(", ", imageSizes)}] and [{string.Join(", ", labelSizes)}].");
        }
        if (imageSizes[0] != labelSizes[0])
        {
            throw new LessonException(
                $"{folder}: зображень ({prefix}) {imageSizes[0]}, а міток {labelSizes[0]}.",
                $"{folder}: {imageSizes[0]} {prefix} images but {labelSizes[0]} labels.");
        }
        return new PixelImages(pixels, labels.Select(l => (int)l).ToArray(), imageSizes[1], imageSizes[2]);
    }

    private static string? Locate(string folder, string stem) =>
        new[] { Path.Combine(folder, stem + ".gz"), Path.Combine(folder, stem) }.FirstOrDefault(File.Exists);
}
