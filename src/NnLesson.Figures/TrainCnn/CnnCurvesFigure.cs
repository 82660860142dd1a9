using ScottPlot;

namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_curves.png: the cross-entropy (left) and the accuracy (right) per epoch — training as the mean over the
/// epoch's batches (the network changing as it goes), test after the epoch (epoch 0: before training).
/// </summary>
public static class CnnCurvesFigure
{
    public const string FileName = "train_cnn_curves.png";

    public static SavedFigure Save(CnnCurvesData data, Lang lang, FigureSize size, string path)
    {
        var epochs = data.TestLoss.Length - 1;
        double[] testX = [.. Enumerable.Range(0, epochs + 1).Select(e => (double)e)];
        double[] trainX = [.. Enumerable.Range(1, epochs).Select(e => (double)e)];
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        float w = size.Width, h = size.Height;
        var title = FigureTheme.Title(size);
        var heading = TrainCnnTexts.CurvesTitle.For(lang) + (data.Short ? TrainCnnTexts.ShortRun.For(lang) : "");
        canvas.PlotTextFitted(heading, w / 2, title * 1.4f, title, w * 0.95f, LessonColors.Black, bold: true, align: SKTextAlign.Center);
        var r = data.Setup;
        var setup = string.Format(TrainCnnTexts.Setup.For(lang), r.Channels1, r.Channels2, NumberText.Plain(r.Parameters, lang), NumberText.Plain(r.LearningRate, lang),
            r.Batch, NumberText.Plain(r.TrainCount, lang), NumberText.Plain(r.TestCount, lang));
        canvas.PlotTextFitted(setup, w / 2, title * 2.6f, FigureTheme.Legend(size), w * 0.95f, LessonColors.Grey, align: SKTextAlign.Center);
        var top = (int)(title * 3.2f);

        var loss = Panel(size, lang, TrainCnnTexts.LossPanel.For(lang));
        var chanceLevel = Math.Log(data.Classes);
        var chance = loss.Add.HorizontalLine(chanceLevel, FigureTheme.Line(size), LessonColors.Grey, LinePattern.Dashed);
        chance.LegendText = string.Format(TrainCnnTexts.Chance.For(lang), NumberText.Fixed(chanceLevel, 3, lang));
        Curve(loss, trainX, data.TrainLoss, LessonColors.Blue, $"{TrainCnnTexts.Train.For(lang)}: {NumberText.Fixed(data.TrainLoss[^1], 3, lang)}", false, size);
        Curve(loss, testX, data.TestLoss, LessonColors.Vermillion, $"{TrainCnnTexts.Test.For(lang)}: {NumberText.Fixed(data.TestLoss[^1], 3, lang)}", true, size);
        var maxLoss = data.TrainLoss.Concat(data.TestLoss).Where(double.IsFinite).Append(chanceLevel).Max();
        loss.Axes.SetLimits(-0.1, epochs + 0.3, 0, maxLoss * 1.08);
        loss.Legend.Alignment = Alignment.UpperRight;

        var accuracy = Panel(size, lang, TrainCnnTexts.AccuracyPanel.For(lang));
        Curve(accuracy, trainX, [.. data.TrainAccuracy.Select(a => 100 * a)], LessonColors.Blue,
            $"{TrainCnnTexts.Train.For(lang)}: {NumberText.Percent(data.TrainAccuracy[^1], lang)}", false, size);
        Curve(accuracy, testX, [.. data.TestAccuracy.Select(a => 100 * a)], LessonColors.Vermillion,
            $"{TrainCnnTexts.Test.For(lang)}: {NumberText.Percent(data.TestAccuracy[^1], lang)}", true, size);
        accuracy.Axes.SetLimits(-0.1, epochs + 0.3, 0, 101.5);
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
        plot.XLabel(TrainCnnTexts.Epoch.For(lang));
        plot.YLabel(yLabel);
        TickLabels.UseAutomatic(plot, lang);
        plot.ShowLegend();
        return plot;
    }

    private static void Curve(Plot plot, double[] x, double[] y, Color color, string label, bool dashed, FigureSize size)
    {
        var line = plot.Add.ScatterLine(x, y, color);
        line.LineWidth = FigureTheme.Line(size) * 1.5f;
        line.MarkerSize = FigureTheme.Line(size) * 4;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.LegendText = label;
        if (dashed)
        {
            line.LinePattern = LinePattern.Dashed;
        }
    }
}
