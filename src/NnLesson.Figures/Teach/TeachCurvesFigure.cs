using NnLesson.Core.Transfer;
using ScottPlot;

namespace NnLesson.Figures.Teach;

/// <summary>teach_curves.png: the head's training and validation cross-entropy (left) and accuracy (right) after every gradient step.</summary>
public static class TeachCurvesFigure
{
    public const string FileName = "teach_curves.png";

    public static SavedFigure Save(TeachCurvesData data, Lang lang, FigureSize size, string path)
    {
        var history = data.History;
        var epochs = Enumerable.Range(0, history.TrainLoss.Length).Select(e => (double)e).ToArray();
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        float w = size.Width, h = size.Height;
        var title = FigureTheme.Title(size);
        canvas.PlotTextFitted(TeachTexts.CurvesTitle.For(lang), w / 2, title * 1.4f, title, w * 0.95f, LessonColors.Black, bold: true, align: SKTextAlign.Center);
        var note = string.Format(TeachTexts.CurvesNote.For(lang), NumberText.Plain(data.LearningRate, lang), NumberText.Plain(data.L2, lang));
        canvas.PlotTextFitted(note, w / 2, title * 2.6f, FigureTheme.Legend(size), w * 0.95f, LessonColors.Grey, align: SKTextAlign.Center);
        var top = (int)(title * 3.2f);

        var loss = Panel(size, lang, TeachTexts.LossPanel.For(lang));
        var chanceLevel = SoftmaxCrossEntropy.ChanceLevel(data.Classes);
        var chance = loss.Add.HorizontalLine(chanceLevel, FigureTheme.Line(size), LessonColors.Grey, LinePattern.Dashed);
        chance.LegendText = string.Format(TeachTexts.Chance.For(lang), NumberText.Fixed(chanceLevel, 3, lang));
        Curve(loss, epochs, history.TrainLoss, LessonColors.Blue, $"{TeachTexts.Train.For(lang)}: {NumberText.Fixed(history.FinalTrainLoss, 3, lang)}", false, size);
        if (history.HasValidation)
        {
            Curve(loss, epochs, history.ValidationLoss, LessonColors.Vermillion, $"{TeachTexts.Validation.For(lang)}: {NumberText.Fixed(history.FinalValidationLoss, 3, lang)}", true, size);
        }
        var maxLoss = history.TrainLoss.Concat(history.ValidationLoss).Where(double.IsFinite).DefaultIfEmpty(chanceLevel).Max();
        loss.Axes.SetLimits(0, history.Epochs * 1.03, 0, Math.Max(maxLoss, chanceLevel) * 1.08);
        loss.Legend.Alignment = Alignment.UpperRight;

        var accuracy = Panel(size, lang, TeachTexts.AccuracyPanel.For(lang));
        Curve(accuracy, epochs, [.. history.TrainAccuracy.Select(a => 100 * a)], LessonColors.Blue,
            $"{TeachTexts.Train.For(lang)}: {NumberText.Percent(history.FinalTrainAccuracy, lang)}", false, size);
        if (history.HasValidation)
        {
            Curve(accuracy, epochs, [.. history.ValidationAccuracy.Select(a => 100 * a)], LessonColors.Vermillion,
                $"{TeachTexts.Validation.For(lang)}: {NumberText.Percent(history.FinalValidationAccuracy, lang)}", true, size);
        }
        var lowest = history.TrainAccuracy.Concat(history.ValidationAccuracy).Min() * 100;
        accuracy.Axes.SetLimits(0, history.Epochs * 1.03, Math.Max(0, Math.Floor(lowest / 10) * 10 - 5), 101.5);
        accuracy.Legend.Alignment = Alignment.LowerRight;

        var half = (int)(w / 2);
        canvas.DrawPlot(loss, new PixelRect(0, half, top, (int)h));
        canvas.DrawPlot(accuracy, new PixelRect(half, (int)w, top, (int)h));
        return surface.Save(path);
    }

    private static Plot Panel(FigureSize size, Lang lang, string yLabel)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        plot.XLabel(TeachTexts.Epoch.For(lang));
        plot.YLabel(yLabel);
        TickLabels.UseAutomatic(plot, lang);
        plot.ShowLegend();
        return plot;
    }

    private static void Curve(Plot plot, double[] x, double[] y, Color color, string label, bool dashed, FigureSize size)
    {
        var line = plot.Add.ScatterLine(x, y, color);
        line.LineWidth = FigureTheme.Line(size) * 1.5f;
        line.LegendText = label;
        if (dashed)
        {
            line.LinePattern = LinePattern.Dashed;
        }
    }
}
