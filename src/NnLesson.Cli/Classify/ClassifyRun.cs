using NnLesson.Figures;
using NnLesson.Core;
using NnLesson.Vision.Classification;

namespace NnLesson.Cli.Classify;

/// <summary>
/// Classifies photos one by one with one classifier (one ONNX session for all): decode → preprocess → classify.
/// Whatever fails for one photo — decoding, preprocessing (e.g. a 1×20000 sliver), inference, or a bug — skips
/// that photo with a one-line reason; the others still run. A lecturer's batch of 300 student photos must not
/// stop at the one odd file.
/// </summary>
internal static class ClassifyRun
{
    public static (IReadOnlyList<ClassifiedImage> Classified, IReadOnlyList<SkippedImage> Skipped) Run(
        IReadOnlyList<string> images, IImageClassifier classifier, int top, Action<int>? progress = null) =>
        Run(images, classifier, top, progress, CancellationToken.None);

    /// <summary>As above; <paramref name="cancellation"/> is checked between photos (Ctrl+C stops after the current one).</summary>
    public static (IReadOnlyList<ClassifiedImage> Classified, IReadOnlyList<SkippedImage> Skipped) Run(
        IReadOnlyList<string> images, IImageClassifier classifier, int top, Action<int>? progress, CancellationToken cancellation, Lang lang = Lang.En)
    {
        var classified = new List<ClassifiedImage>();
        var skipped = new List<SkippedImage>();
        for (var i = 0; i < images.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                var photo = Vision.Images.ImageLoader.Load(images[i]);
                classified.Add(new ClassifiedImage(images[i], classifier.Classify(photo, top)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                skipped.Add(new SkippedImage(images[i], Reason(images[i], e, lang)));
            }
            progress?.Invoke(i + 1);
        }
        return (classified, skipped);
    }

    /// <summary>
    /// The loader's messages already name the file; later stages (preprocessing, inference) do not, so the
    /// path is put in front. An exception that is not a <see cref="LessonException"/> is a bug: it says its type.
    /// </summary>
    private static string Reason(string image, Exception e, Lang lang)
    {
        var message = e is LessonException lesson ? lesson.MessageIn(lang) : lang.Text($"неочікувана помилка {e.GetType().Name}: {e.Message}", $"unexpected {e.GetType().Name}: {e.Message}");
        return message.Contains(image, StringComparison.Ordinal) ? message : lang.Text($"«{image}»: {message}", $"'{image}': {message}");
    }
}
