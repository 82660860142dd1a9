using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;

namespace NnLesson.Cli.Classify;

/// <summary>
/// Classifies photos one by one with one classifier (one ONNX session for all): decode → classify.
/// A photo that cannot be read is skipped with its reason; the others still run.
/// </summary>
public static class ClassifyRun
{
    public static (IReadOnlyList<ClassifiedImage> Classified, IReadOnlyList<SkippedImage> Skipped) Run(
        IReadOnlyList<string> images, IImageClassifier classifier, int top, Action<int>? progress = null)
    {
        var classified = new List<ClassifiedImage>();
        var skipped = new List<SkippedImage>();
        for (var i = 0; i < images.Count; i++)
        {
            RgbImage photo;
            try
            {
                photo = ImageLoader.Load(images[i]);
            }
            catch (LessonException e)
            {
                skipped.Add(new SkippedImage(images[i], e.Message));
                progress?.Invoke(i + 1);
                continue;
            }
            // A failure of the model itself (not of one photo) stops the run: every other photo would fail too.
            classified.Add(new ClassifiedImage(images[i], classifier.Classify(photo, top)));
            progress?.Invoke(i + 1);
        }
        return (classified, skipped);
    }
}
