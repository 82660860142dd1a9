using System.Text.Json;
using NnLesson.Cli.Classify;
using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Defect 1 of issue 6: one thin photo (1×20000) stopped a whole classify batch with "unexpected
/// OverflowException" and --json printed nothing. Any per-photo failure is now skipped and reported.
/// </summary>
public sealed class ClassifyBatchFailureTests
{
    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-thin");

    /// <summary>A valid PNG of <paramref name="width"/>×<paramref name="height"/> grey pixels (a few hundred bytes).</summary>
    internal static string WritePng(string folder, string name, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        bitmap.Erase(new SKColor(120, 130, 140));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    [SharedTheory]
    [InlineData(1, 20000)]
    [InlineData(20000, 1)]
    public void A_thin_photo_is_skipped_and_the_rest_still_appear_in_json(int width, int height)
    {
        File.Copy(RepoPaths.SharedImage("banana_0.jpg"), Path.Combine(_folder, "a_banana.jpg"));
        WritePng(_folder, "b_thin.png", width, height);
        File.Copy(RepoPaths.SharedImage("orange_0.jpg"), Path.Combine(_folder, "c_orange.jpg"));

        var (exit, stdout, stderr) = CliRun.En("classify", _folder, "--json", "--top", "1", "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["a_banana.jpg", "c_orange.jpg"],
            json.RootElement.EnumerateArray().Select(i => Path.GetFileName(i.GetProperty("image").GetString())));
        var complaint = Assert.Single(stderr.Split('\n'), l => l.Contains("b_thin.png"));
        Assert.StartsWith("nnlesson: skipped:", complaint);
        Assert.Contains($"{width}×{height}", complaint);
        Assert.DoesNotContain("unexpected", stderr);
    }

    [SharedFact]
    public void A_failure_inside_the_classifier_skips_that_photo_only()
    {
        var photos = new[] { "banana_0.jpg", "orange_0.jpg", "granny_smith_1.jpg" }.Select(RepoPaths.SharedImage).ToList();
        using var classifier = new FailsOnWideImages(limitWidth: 500);
        var wide = photos.Where(p => ImageLoader.Load(p).Width > 500).ToList();
        Assert.NotEmpty(wide); // the test means something only if some photo trips the fake

        var (classified, skipped) = ClassifyRun.Run(photos, classifier, top: 1);

        Assert.Equal(photos.Except(wide), classified.Select(c => c.Image));
        Assert.Equal(wide, skipped.Select(s => s.Image));
        Assert.All(skipped, s => Assert.Contains("inference refused", s.Reason));
    }

    [SharedFact]
    public void An_unexpected_exception_for_one_photo_is_reported_as_one_line_and_the_batch_goes_on()
    {
        var photos = new[] { "banana_0.jpg", "orange_0.jpg" }.Select(RepoPaths.SharedImage).ToList();
        using var classifier = new ThrowsOnce();

        var (classified, skipped) = ClassifyRun.Run(photos, classifier, top: 1);

        Assert.Single(classified);
        var skip = Assert.Single(skipped);
        Assert.Contains("InvalidOperationException", skip.Reason);
        Assert.Contains("banana_0.jpg", skip.Reason);
    }

    [SharedFact]
    public void Slide6_and_slide8_refuse_a_thin_photo_with_one_clear_line()
    {
        var thin = WritePng(_folder, "thin.png", 1, 20000);
        foreach (var slide in new[] { "slide6", "slide8" })
        {
            var outDir = RepoPaths.NewTempFolder();
            var (exit, _, stderr) = CliRun.En(slide, "--image", thin, "--model", RepoPaths.SharedModel, "--out", outDir);
            Assert.Equal(ExitCodes.RuntimeFailure, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("1×20000", line);
            Assert.DoesNotContain("unexpected", line);
        }
    }

    private sealed class FailsOnWideImages(int limitWidth) : IImageClassifier
    {
        private readonly ColorFallbackClassifier _inner = new();

        public string Backend => "fake";

        public string ModelName => "fails-on-wide";

        public ClassificationResult Classify(RgbImage image, int top) => image.Width > limitWidth
            ? throw new LessonException($"розпізнавання відмовилося від зображення шириною {image.Width} пікселів", $"inference refused a {image.Width}-pixel-wide image")
            : _inner.Classify(image, top);

        public void Dispose() => _inner.Dispose();
    }

    private sealed class ThrowsOnce : IImageClassifier
    {
        private readonly ColorFallbackClassifier _inner = new();
        private bool _thrown;

        public string Backend => "fake";

        public string ModelName => "throws-once";

        public ClassificationResult Classify(RgbImage image, int top)
        {
            if (!_thrown)
            {
                _thrown = true;
                throw new InvalidOperationException("a bug in one photo's path");
            }
            return _inner.Classify(image, top);
        }

        public void Dispose() => _inner.Dispose();
    }
}
