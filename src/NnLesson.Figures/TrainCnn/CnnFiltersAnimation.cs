using NnLesson.Figures.Animation;

namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_filters.gif: the first-layer filters at moments of training (from initialisation through every epoch), one
/// frame each, the epoch (a fraction within the first) in the corner: the noise turning into edge detectors.
/// </summary>
public static class CnnFiltersAnimation
{
    public const string FileName = "train_cnn_filters.gif";

    public static readonly TimeSpan FrameDelay = TimeSpan.FromMilliseconds(350);
    public static readonly TimeSpan EndDelay = TimeSpan.FromMilliseconds(2500);

    public static AnimatedGif Render(CnnFilterFramesData data, Lang lang, FigureSize size)
    {
        var gifSize = AnimationSize.For(size);
        return AnimatedGif.Build(gifSize, animation =>
        {
            using var surface = new SlideSurface(gifSize);
            var c = surface.Canvas;
            for (var f = 0; f < data.Frames.Count; f++)
            {
                surface.Clear();
                c.Text(TrainCnnTexts.GifTitle.For(lang), c.X(800), c.Y(60), 40, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
                var epoch = string.Format(TrainCnnTexts.GifEpoch.For(lang), NumberText.Fixed(data.Epochs[f], data.Epochs[f] < 1 && data.Epochs[f] > 0 ? 2 : 0, lang));
                CnnFiltersFigure.Panel(c, data.Frames[f], data.Count, data.Kernel, c.Box(200, 100, 1200, 780), epoch);
                using var frame = surface.Snapshot();
                animation.AddFrame(frame, f == 0 || f == data.Frames.Count - 1 ? EndDelay : FrameDelay);
            }
        });
    }
}
