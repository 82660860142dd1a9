using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;

namespace NnLesson.Vision.Tests.Classification;

/// <summary>
/// The shared pretrained MobileNetV2-int8 (ONNX Model Zoo) on the shared photos. Expected classes are
/// the photos' subjects and the top-1 that DATA_SOURCES.md records for this model and preprocessing.
/// </summary>
public class OnnxImageClassifierTests(SharedClassifierFixture fixture) : IClassFixture<SharedClassifierFixture>
{
    private readonly OnnxImageClassifier _classifier = fixture.Classifier;

    [SharedTheory]
    [InlineData("banana_0.jpg", 954, "banana", 0.9)]
    [InlineData("granny_smith_1.jpg", 948, "Granny Smith", 0.9)]
    [InlineData("jellyfish.jpg", 107, "jellyfish", 0.9)]
    [InlineData("orange_0.jpg", 950, "orange", 0.8)]
    [InlineData("robin_bird_0.jpg", 15, "robin", 0.9)]
    [InlineData("samoyed_pytorch-hub_dog.jpg", 258, "Samoyed", 0.7)]
    public void Shared_photos_get_their_subject_as_top_1(string file, int index, string label, double minProbability)
    {
        var result = _classifier.Classify(ImageLoader.Load(RepoPaths.SharedImage(file)), 5);
        var best = result.Top[0];
        Assert.Equal((index, label), (best.Index, best.Label));
        Assert.True(best.Probability >= minProbability, $"{file}: {label} only {best.Probability:P1}");
    }

    [SharedFact]
    public void Kitten_has_a_cat_class_in_the_top_3()
    {
        // ImageNet's domestic cats are 281 tabby, 282 tiger cat, 283 Persian, 284 Siamese, 285 Egyptian cat.
        var result = _classifier.Classify(ImageLoader.Load(RepoPaths.SharedImage("kitten_caffe_cat.jpg")), 3);
        Assert.Contains(result.Top, p => p.Index is >= 281 and <= 285);
    }

    [SharedFact]
    public void Chelsea_is_an_egyptian_cat_then_tiger_cat_then_tabby()
    {
        // DATA_SOURCES.md: Egyptian cat 69 %, tiger cat 16 %, tabby 14 % with this model.
        var result = _classifier.Classify(ImageLoader.Load(RepoPaths.SharedImage("cc0/chelsea.png")), 3);
        Assert.Equal([285, 282, 281], result.Top.Select(p => p.Index));
        Assert.InRange(result.Top[0].Probability, 0.6, 0.8);
    }

    [SharedFact]
    public void Answer_is_sorted_probabilities_that_fit_in_one()
    {
        var result = _classifier.Classify(ImageLoader.Load(RepoPaths.SharedImage("orange_0.jpg")), 20);
        Assert.Equal(("onnx", "mobilenetv2-12-int8"), (result.Backend, result.Model));
        Assert.Equal(20, result.Top.Count);
        Assert.True(result.Top.Zip(result.Top.Skip(1)).All(pair => pair.First.Probability >= pair.Second.Probability));
        Assert.InRange(result.Top.Sum(p => p.Probability), 0.5, 1.0 + 1e-9);
        Assert.Equal(result.Top.Count, result.Top.Select(p => p.Index).Distinct().Count());
    }

    [SharedFact]
    public void Model_metadata_is_read_not_assumed()
    {
        Assert.Equal(("input", "output"), (_classifier.InputName, _classifier.OutputName));
        Assert.Equal(1000, _classifier.Labels.Count);
        Assert.Equal("tench", _classifier.Labels[0]);
        Assert.Equal("toilet tissue", _classifier.Labels[999]);
        Assert.EndsWith("imagenet_classes.txt", _classifier.LabelsPath);
    }

    [SharedFact]
    public void Softmax_of_the_logits_is_what_classify_reports()
    {
        var photo = ImageLoader.Load(RepoPaths.SharedImage("banana_0.jpg"));
        var input = Vision.Preprocessing.ImageNetPreprocessing.Run(photo);
        var logits = _classifier.Logits(input);
        Assert.Equal(1000, logits.Length);
        var probabilities = Softmax.Stable(logits);
        Assert.Equal(954, Array.IndexOf(probabilities, probabilities.Max()));
        Tolerance.Close(_classifier.Classify(input, 1).Top[0].Probability, probabilities[954], atol: 1e-12);
    }

    [SharedFact]
    public void Synset_labels_give_the_same_names()
    {
        using var synset = OnnxImageClassifier.Open(RepoPaths.SharedModel, Path.Combine(RepoPaths.Shared, "models", "ilsvrc12_synset_words.txt"));
        Assert.Equal(_classifier.Labels, synset.Labels);
    }
}
