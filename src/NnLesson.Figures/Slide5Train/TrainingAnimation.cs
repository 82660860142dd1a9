using NnLesson.Core.Datasets;
using NnLesson.Core.Losses;
using NnLesson.Core.Training;
using NnLesson.Figures.Animation;
using ScottPlot;

namespace NnLesson.Figures.Slide5Train;

/// <summary>
/// <c>slide5_training.gif</c>: training happening. Each frame is one weight snapshot at epoch e: left, the
/// network's probability of class 1 over the plane with its boundary p = 0.5 and the training points;
/// right, the training and validation loss (binary cross-entropy) drawn up to epoch e over the faint
/// curve of the whole run, with the current values. Snapshots come denser at the start, where the loss
/// falls fastest (see <see cref="WeightSnapshots.Spread"/>).
/// </summary>
public static class TrainingAnimation
{
    public const string FileName = "slide5_training.gif";

    /// <summary>
    /// Frames per animation: about 5 s of training at the delays below. Each frame is a full plot (field,
    /// contour, 800 points, loss curves, about 0.14 s of CPU), so this number is what `all` pays for the GIF.
    /// </summary>
    public const int Frames = 14;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(1200);
    public static readonly TimeSpan FrameDelay = TimeSpan.FromMilliseconds(320);
    public static readonly TimeSpan FinalDelay = TimeSpan.FromMilliseconds(3000);

    /// <summary>The epochs to snapshot for a run of <paramref name="epochs"/> steps: 0 (untrained) … epochs.</summary>
    public static int[] FrameEpochs(int epochs) => WeightSnapshots.Spread(epochs, Frames);

    /// <param name="snapshots">The network at increasing epochs, each within 0 … history.Epochs.</param>
    /// <param name="history">Losses and accuracies per epoch: [epochs + 1].</param>
    public static AnimatedGif Render(IReadOnlyList<WeightSnapshot> snapshots, TrainingHistory history, DatasetSplit data, Lang lang, FigureSize size)
    {
        if (snapshots.Count == 0)
        {
            throw new ArgumentException("An animation of training needs at least one weight snapshot.", nameof(snapshots));
        }
        var bounds = TrainedBoundaryFigure.BoundsFor(data);
        var split = (float)Math.Round(size.Width * 0.5);
        var fieldPanel = new PixelRect(0, split, size.Height, 0);
        var lossPanel = new PixelRect(split, size.Width, size.Height, 0);
        return AnimatedGif.Build(size, animation =>
        {
            using var surface = new SlideSurface(size);
            var canvas = surface.Canvas;
            for (var i = 0; i < snapshots.Count; i++)
            {
                var snapshot = snapshots[i];
                surface.Clear();
                canvas.DrawPlot(FieldPlot(snapshot, history, data, bounds, lang, size), fieldPanel);
                canvas.DrawPlot(LossPlot(snapshot.Epoch, history, lang, size), lossPanel);
                using var frame = surface.Snapshot();
                animation.AddFrame(frame, i == 0 ? FirstDelay : i == snapshots.Count - 1 ? FinalDelay : FrameDelay);
            }
        });
    }

    public static SavedFigure Save(IReadOnlyList<WeightSnapshot> snapshots, TrainingHistory history, DatasetSplit data, Lang lang, FigureSize size, string path) =>
        GifOutput.Save(() => Render(snapshots, history, data, lang, size), path);

    private static Plot FieldPlot(WeightSnapshot snapshot, TrainingHistory history, DatasetSplit data, PlaneBounds bounds, Lang lang, FigureSize size)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        // A coarser grid than the still figure's: smoothed, it looks the same at this size and costs a third.
        var field = ProbabilityField.Evaluate(snapshot.Network.PredictProbabilities, bounds, cols: 100, rows: 75);
        ProbabilityField.AddBackground(plot, field, bounds);
        ProbabilityField.AddBoundary(plot, field, bounds, size);
        ProbabilityField.AddPoints(plot, data.Train.X1, data.Train.X2, data.Train.Labels, size, "", "", Math.Max(4f, size.Height / 110f));
        var accuracy = NumberText.Percent(history.TrainAccuracy[snapshot.Epoch], lang);
        plot.Title(Slide5Texts.EpochAccuracy(snapshot.Epoch, accuracy, lang));
        plot.XLabel("x₁");
        plot.YLabel("x₂");
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        TickLabels.UseAutomatic(plot, lang);
        return plot;
    }

    private static Plot LossPlot(int epoch, TrainingHistory history, Lang lang, FigureSize size)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var line = FigureTheme.Line(size);
        var all = Enumerable.Range(0, history.TrainLoss.Length).Select(e => (double)e).ToArray();
        var shown = all[..(epoch + 1)];

        plot.Add.HorizontalLine(BinaryCrossEntropy.ChanceLevel, line, LessonColors.Grey, LinePattern.Dashed);
        var whole = plot.Add.ScatterLine(all, history.TrainLoss, LessonColors.Blue.WithAlpha(0.18));
        whole.LineWidth = line;
        var train = plot.Add.ScatterLine(shown, history.TrainLoss[..(epoch + 1)], LessonColors.Blue);
        train.LineWidth = line * 1.6f;
        train.LegendText = $"{Slide5Texts.TrainCurveShort.For(lang)}: {NumberText.Fixed(history.TrainLoss[epoch], 3, lang)}";
        var dot = plot.Add.Marker(epoch, history.TrainLoss[epoch], MarkerShape.FilledCircle, line * 5, LessonColors.Blue);
        dot.MarkerStyle.OutlineColor = Colors.White;
        if (history.HasValidation)
        {
            var validation = plot.Add.ScatterLine(shown, history.ValidationLoss[..(epoch + 1)], LessonColors.Vermillion);
            validation.LineWidth = line * 1.6f;
            validation.LinePattern = LinePattern.Dashed;
            validation.LegendText = $"{Slide5Texts.ValidationCurveShort.For(lang)}: {NumberText.Fixed(history.ValidationLoss[epoch], 3, lang)}";
        }
        plot.Title(Slide5Texts.LossAxis.For(lang));
        plot.XLabel(Slide5Texts.EpochAxisShort.For(lang));
        var top = Math.Max(BinaryCrossEntropy.ChanceLevel, history.TrainLoss.Concat(history.ValidationLoss).Where(double.IsFinite).DefaultIfEmpty(0).Max());
        plot.Axes.SetLimits(0, history.Epochs * 1.03, 0, top * 1.08);
        TickLabels.UseAutomatic(plot, lang);
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.ShowLegend();
        return plot;
    }
}
