using NnLesson.Core.Perceptrons;
using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// <c>slide3_xor.png</c>: the same perceptron on XOR never converges, and the figure shows why.
/// Left: the input plane with the perceptron's last line, its half-planes, and rings around the inputs
/// that line gets wrong. Right, top: the verdict and the caption — no single straight line separates the
/// classes, so a hidden layer is needed (slide 4). Right, bottom: errors per epoch, which never reach 0.
/// </summary>
public static class XorFailureFigure
{
    public static SavedFigure Save(PerceptronTrainingResult result, Lang lang, FigureSize size, string path)
    {
        var layout = Slide3Layout.For(size);
        var u = layout.Scale;
        var p = result.Trained;
        var wrong = result.MisclassifiedRows();
        using var plane = GatePlane.Create(result.Gate, p, layout, lang, $"x₁ {result.Gate.Name} x₂", wrong);
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        canvas.DrawPlot(plane, layout.PlanePanel);

        // The side column: text on top, the error chart below.
        var side = layout.Side;
        var split = side.Top + side.Height * 0.44f;
        var textRect = new PixelRect(side.Left, side.Right, split, side.Top);
        var chartRect = new PixelRect(side.Left, side.Right, side.Bottom, split);

        var textSize = layout.TextSize;
        float title = FigureTheme.Title(textSize), label = FigureTheme.Label(textSize), small = FigureTheme.Legend(textSize);
        var text = new TextColumn(canvas, textRect, padding: 30 * u);
        text.Line(Slide3Text.XorHeading.For(lang), title, bold: true);
        var minErrors = result.History.Min(e => e.Errors);
        text.Line(Slide3Text.XorEpochs(result.Epochs, minErrors, lang), label);
        text.Gap(12 * u);
        text.Line(Slide3Text.LastLine(result.Epochs, lang), label);
        text.Line(Slide3Text.LineEquation(p.W1, p.W2, p.Bias, lang), label, indent: 20 * u);
        if (HalfPlane.Segment(Slide3Layout.Visible, p.W1, p.W2, p.Bias) is null)
        {
            text.Line(Slide3Text.LineOutOfView(lang), small, indent: 20 * u);
        }
        text.LegendMarker(MarkerShape.OpenCircle, LessonColors.Black, GatePlane.MarkerSize * u,
            Slide3Text.MisclassifiedCount(wrong.Count, result.Gate.Rows.Count, lang), label, whiteOutline: false);
        text.Gap(12 * u);
        text.Line(Slide3Text.XorNoLine.For(lang), label, bold: true);
        text.Line(Slide3Text.XorHiddenLayer.For(lang), label, bold: true, color: LessonColors.BluishGreen);

        using var chart = ErrorsChart(result, lang, textSize);
        // Fixed padding keeps the chart's tick labels inside the figure and its left edge under the text.
        chart.Layout.Fixed(new PixelPadding(left: 100 * u, right: 45 * u, bottom: 95 * u, top: 60 * u));
        canvas.DrawPlotUnclipped(chart, chartRect); // its title may reach above the box at small sizes
        return surface.Save(path);
    }

    /// <summary>Errors per epoch as a step line over epochs 1..N, with the never-reached goal of 0 errors dashed.</summary>
    private static Plot ErrorsChart(PerceptronTrainingResult result, Lang lang, FigureSize textSize)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, textSize);
        var u = textSize.Height / 900f;
        var epochs = result.History.Select(e => (double)e.Epoch).ToArray();
        var errors = result.History.Select(e => (double)e.Errors).ToArray();
        var line = plot.Add.Scatter(epochs, errors, LessonColors.ReddishPurple);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = FigureTheme.Line(textSize) * 1.3f;
        line.MarkerSize = 0;
        line.FillY = true;
        line.FillYColor = LessonColors.ReddishPurple.WithAlpha(0.15);

        plot.Add.HorizontalLine(0, FigureTheme.Line(textSize) * 1.3f, LessonColors.BluishGreen, LinePattern.Dashed);
        var goalText = plot.Add.Text(Slide3Text.ErrorsGoal.For(lang), epochs[^1], 0);
        goalText.LabelFontName = EmbeddedFonts.Family;
        goalText.LabelFontSize = FigureTheme.Legend(textSize);
        goalText.LabelFontColor = LessonColors.BluishGreen;
        FigureTheme.SetBold(goalText.LabelStyle, true);
        goalText.LabelAlignment = Alignment.LowerRight;
        goalText.OffsetY = -6 * u;

        plot.Title(Slide3Text.ErrorsTitle.For(lang));
        plot.Axes.Title.Label.FontSize = FigureTheme.Label(textSize);
        plot.Axes.Bottom.Label.Text = Slide3Text.ErrorsAxisX.For(lang);
        plot.Axes.Left.Label.Text = Slide3Text.ErrorsAxisY.For(lang);
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var k = 0; k <= result.Gate.Rows.Count; k++)
        {
            yTicks.AddMajor(k, NumberText.Integer(k, lang));
        }
        plot.Axes.Left.TickGenerator = yTicks;
        plot.Axes.Bottom.TickGenerator = TickLabels.Automatic(lang);
        plot.Axes.SetLimits(0, epochs[^1] + 1, -0.6, result.Gate.Rows.Count + 0.6);
        return plot;
    }
}
