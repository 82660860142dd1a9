using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Tests.TestFiles;

namespace NnLesson.Vision.Tests.Classification;

/// <summary>Wrong or broken models and labels: one clear line each, never a crash deep inside ONNX Runtime.</summary>
public class OnnxImageClassifierErrorTests
{
    private static readonly string SharedLabels = Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt");

    [Fact]
    public void Missing_model()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "resnet18.onnx");
        AssertOneLine(Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path)), "not found");
    }

    [SharedFact]
    public void Truncated_model_is_not_a_valid_onnx_model()
    {
        var model = File.ReadAllBytes(RepoPaths.SharedModel);
        var path = TestImages.Write("cut.onnx", model[..(model.Length / 3)]);
        var error = Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path, SharedLabels));
        AssertOneLine(error, "is not a valid ONNX model");
        Assert.Contains("cut.onnx", error.Message);
    }

    [SharedFact]
    public void A_photo_renamed_to_onnx_is_not_a_model()
    {
        var path = TestImages.Write("photo.onnx", File.ReadAllBytes(RepoPaths.SharedImage("banana_0.jpg")));
        AssertOneLine(Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path, SharedLabels)), "is not a valid ONNX model");
    }

    [SharedFact]
    public void Model_whose_input_is_not_an_image_is_refused()
    {
        var path = TestImages.Write("identity.onnx", TinyOnnx.Identity([1, 4]));
        var error = Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path, SharedLabels));
        AssertOneLine(error, "is not an ImageNet image classifier");
        Assert.Contains("input 'x' is float32 [1, 4]", error.Message);
    }

    [SharedFact]
    public void Model_with_an_image_input_but_no_1000_scores_is_refused()
    {
        var path = TestImages.Write("image-identity.onnx", TinyOnnx.Identity([null, 3, 224, 224]));
        var error = Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path, SharedLabels));
        AssertOneLine(error, "is not an ImageNet image classifier");
        Assert.Contains("output 'y' is float32 [N, 3, 224, 224]", error.Message);
    }

    [SharedFact]
    public void Labels_with_999_lines_are_refused()
    {
        var lines = File.ReadAllLines(SharedLabels);
        var labels = TestImages.Write("labels.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines[..999])));
        var error = Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(RepoPaths.SharedModel, labels));
        AssertOneLine(error, "has 999 lines; the model has 1000 classes");
    }

    [SharedFact]
    public void Model_without_labels_beside_it_says_how_to_fix_it()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "mobilenet.onnx");
        File.Copy(RepoPaths.SharedModel, path);
        var error = Assert.Throws<LessonException>(() => OnnxImageClassifier.Open(path));
        AssertOneLine(error, "No labels");
        Assert.Contains("--labels", error.Message);
    }

    private static void AssertOneLine(LessonException error, string expectedPart)
    {
        Assert.Contains(expectedPart, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
