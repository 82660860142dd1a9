using NnLesson.Core;
using NnLesson.Vision.Datasets;

namespace NnLesson.Vision.Tests.Datasets;

public class IdxDataSetTests
{
    [Fact]
    public void A_gzip_idx_file_is_read_with_its_big_endian_sizes_and_bytes()
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "x-images-idx3-ubyte");
        byte[] values = [.. Enumerable.Range(0, 2 * 3 * 300).Select(i => (byte)(i % 251))]; // 300 columns: a size above 255 tests the byte order
        TinyIdx.Write(path, [2, 3, 300], values, gzip: true);

        var (sizes, read) = IdxFile.Read(path + ".gz");

        Assert.Equal([2, 3, 300], sizes);
        Assert.Equal(values, read);
    }

    [Fact]
    public void Broken_idx_files_are_one_clear_error_each()
    {
        Assert.Contains("not an IDX file", Assert.Throws<LessonException>(() => IdxFile.Parse([1, 2, 8, 1, 0, 0, 0, 1, 7], "a")).Message);
        Assert.Contains("only unsigned bytes", Assert.Throws<LessonException>(() => IdxFile.Parse([0, 0, 0x0D, 1, 0, 0, 0, 1, 7], "b")).Message);
        Assert.Contains("promises 5 values", Assert.Throws<LessonException>(() => IdxFile.Parse([0, 0, 8, 1, 0, 0, 0, 5, 7], "c")).Message);
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder, "bad.gz"), [0x1f, 0x8b, 1, 2, 3]);
        Assert.Contains("gzip", Assert.Throws<LessonException>(() => IdxFile.Read(Path.Combine(folder, "bad.gz"))).Message);
    }

    [Fact]
    public void A_folder_of_four_files_gives_images_labels_and_the_class_count_from_the_labels()
    {
        var folder = TinyIdx.Folder(train: 12, test: 5, classes: 3, gzip: false); // plain files, without .gz

        var data = IdxDataSet.Load(folder);

        Assert.Equal((12, 5, 3), (data.Train.Count, data.Test.Count, data.Classes));
        Assert.Equal((28, 28), (data.Train.Height, data.Train.Width));
        Assert.Equal([0, 1, 2, 0, 1], data.Test.Labels);
        Assert.Null(data.Names);
        var (expected, _) = TinyIdx.Bars(12, 3, new Random(1));
        Assert.Equal(expected, data.Train.Pixels);
    }

    [Fact]
    public void A_labels_file_names_the_classes_and_a_missing_file_is_named()
    {
        var folder = TinyIdx.Folder(train: 6, test: 3, classes: 3);
        File.WriteAllLines(Path.Combine(folder, IdxDataSet.LabelsFile), ["across", "down", "", "slanted", "unused"]);
        Assert.Equal(["across", "down", "slanted"], IdxDataSet.Load(folder).Names);

        File.WriteAllLines(Path.Combine(folder, IdxDataSet.LabelsFile), ["only one"]);
        Assert.Contains("1 names for 3 classes", Assert.Throws<LessonException>(() => IdxDataSet.Load(folder)).Message);

        File.Delete(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"));
        Assert.False(IdxDataSet.Has(folder));
        Assert.Contains("missing t10k-labels-idx1-ubyte", Assert.Throws<LessonException>(() => IdxDataSet.Load(folder)).Message);
    }

    [Fact]
    public void Images_and_labels_of_different_counts_are_refused()
    {
        var folder = TinyIdx.Folder(train: 6, test: 3);
        TinyIdx.Write(Path.Combine(folder, "train-labels-idx1-ubyte"), [5], [0, 1, 2, 0, 1], gzip: true);
        Assert.Contains("6 train images but 5 labels", Assert.Throws<LessonException>(() => IdxDataSet.Load(folder)).Message);
    }

    [FashionMnistFact]
    [Trait("Needs", "fashion-mnist")]
    public void The_real_fashion_mnist_has_60000_and_10000_images_of_10_classes()
    {
        var data = IdxDataSet.Load(FashionMnist.DebianFolder);
        Assert.Equal((60000, 10000, 10), (data.Train.Count, data.Test.Count, data.Classes));
        Assert.Equal(9, data.Test.Labels[0]); // the first test image is an ankle boot
        Assert.Equal(6000, data.Train.Labels.Count(l => l == 3)); // balanced: 6 000 per class
        Assert.True(FashionMnist.IsFashionFolder(data.Folder));
    }
}
