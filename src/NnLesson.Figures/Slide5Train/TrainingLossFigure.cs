using NnLesson.Core.Losses;
using NnLesson.Core.Training;
using ScottPlot;

namespace NnLesson.Figures.Slide5Train;

/// <summary>
/// slide5_loss.png: binary cross-entropy on the training and validation sets after every gradient step
/// (epoch 0 = the untrained network), with the ln 2 line of a network that answers 0.5 everywhere.
/// </summary>
public static class TrainingLossFigure
{
    public const string FileName = "slide5_loss.png";

    /// <param name="history">Losses per epoch: [epochs + 1], validation optional.</param>
    /// <param name="architecture">e.g. "2→16→1", shown in the title.</param>
    public static Plot Build(TrainingHistory history, string architecture, Lang lang, FigureSize size)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var epochs = Enumerable.Range(0, history.TrainLoss.Length).Select(e => (double)e).ToArray();

        var chance = plot.Add.HorizontalLine(BinaryCrossEntropy.ChanceLevel, FigureTheme.Line(size), LessonColors.Grey, LinePattern.Dashed);
        chance.LegendText = string.Format(Slide5Texts.ChanceLine.For(lang), NumberText.Fixed(BinaryCrossEntropy.ChanceLevel, 3, lang));

        var train = plot.Add.ScatterLine(epochs, history.TrainLoss, LessonColors.Blue);
        train.LineWidth = FigureTheme.Line(size) * 1.5f;
        train.LegendText = string.Format(Slide5Texts.TrainCurve.For(lang), NumberText.Fixed(history.FinalTrainLoss, 3, lang));
        if (history.HasValidation)
        {
            var validation = plot.Add.ScatterLine(epochs, history.ValidationLoss, LessonColors.Vermillion);
            validation.LineWidth = FigureTheme.Line(size) * 1.5f;
            validation.LinePattern = LinePattern.Dashed;
            validation.LegendText = string.Format(Slide5Texts.ValidationCurve.For(lang), NumberText.Fixed(history.FinalValidationLoss, 3, lang));
        }

        plot.Title(string.Format(Slide5Texts.LossTitle.For(lang), architecture));
        plot.XLabel(Slide5Texts.EpochAxis.For(lang));
        plot.YLabel(Slide5Texts.LossAxis.For(lang));
        var top = Math.Max(BinaryCrossEntropy.ChanceLevel, Max(history.TrainLoss, history.ValidationLoss));
        // A little room right of the last epoch so its tick label is not cut off.
        plot.Axes.SetLimits(0, history.Epochs * 1.03, 0, top * 1.08);
        TickLabels.UseAutomatic(plot, lang);
        // Middle right is empty once the loss has dropped: the legend hides no curve there.
        plot.Legend.Alignment = Alignment.MiddleRight;
        plot.ShowLegend();
        return plot;
    }

    public static SavedFigure Save(TrainingHistory history, string architecture, Lang lang, FigureSize size, string path) =>
        PngOutput.Save(Build(history, architecture, lang, size), size, path);

    /// <summary>The largest finite loss, so one overflowing value cannot squash the axis.</summary>
    private static double Max(double[] a, double[] b) =>
        a.Concat(b).Where(double.IsFinite).DefaultIfEmpty(BinaryCrossEntropy.ChanceLevel).Max();
}
