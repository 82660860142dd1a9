using NnLesson.Core.Perceptrons;
using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// <c>slide3_and.png</c> / <c>slide3_or.png</c>: what the perceptron learned for a separable gate.
/// Left: the input plane with the learned line w₁·x₁ + w₂·x₂ + b = 0 and its two half-planes.
/// Right: the learned w₁, w₂, b, the epochs it took, the line's equation and the legend.
/// </summary>
public static class GateBoundaryFigure
{
    public static SavedFigure Save(PerceptronTrainingResult result, Lang lang, FigureSize size, string path)
    {
        if (!result.Converged)
        {
            throw new ArgumentException($"{result.Gate.Name} did not converge; draw it with {nameof(XorFailureFigure)}.", nameof(result));
        }
        var layout = Slide3Layout.For(size);
        var u = layout.Scale;
        var p = result.Trained;
        using var plane = GatePlane.Create(result.Gate, p, layout, lang, $"x₁ {result.Gate.Name} x₂");
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        canvas.DrawPlot(plane, layout.PlanePanel);

        var text = new TextColumn(canvas, layout.Side, padding: 30 * u);
        var textSize = layout.TextSize;
        float title = FigureTheme.Title(textSize), label = FigureTheme.Label(textSize), small = FigureTheme.Legend(textSize);
        text.Line(Slide3Text.LearnedHeading(result.Gate.Name, lang), title, bold: true);
        text.Line(Slide3Text.InEpochs(result.Epochs, result.LearningRate, lang), label);
        text.Line(Slide3Text.ErrorsPerEpoch(result.History.Select(e => e.Errors).ToArray(), lang), small, color: LessonColors.Grey);
        text.Gap(22 * u);
        text.Line("z = w₁·x₁ + w₂·x₂ + b", label);
        text.Line(Slide3Text.StepRule.For(lang), label);
        text.Gap(14 * u);
        text.Line(Slide3Text.LearnedWeights.For(lang), label, bold: true);
        text.Line(Slide3Text.Weights(p.W1, p.W2, p.Bias, lang), label, indent: 20 * u);
        text.Line(Slide3Text.LearnedLine.For(lang), label, bold: true);
        text.Line(Slide3Text.LineEquation(p.W1, p.W2, p.Bias, lang), label, indent: 20 * u);
        text.Gap(22 * u);
        var marker = 30 * u;
        var legend = label * 0.9f;
        text.LegendMarker(MarkerShape.FilledCircle, LessonColors.ClassColor(0), marker, Slide3Text.Class0.For(lang), legend);
        text.LegendMarker(MarkerShape.FilledTriangleUp, LessonColors.ClassColor(1), marker, Slide3Text.Class1.For(lang), legend);
        text.LegendLine(LessonColors.Black, FigureTheme.Line(textSize) * 1.6f, Slide3Text.Boundary.For(lang), legend);
        text.LegendSwatch(LessonColors.ClassRegion(1), Slide3Text.Region1.For(lang), legend);
        text.LegendSwatch(LessonColors.ClassRegion(0), Slide3Text.Region0.For(lang), legend);
        text.Gap(16 * u);
        text.Paragraph(Slide3Text.FirstLineNote.For(lang), small, color: LessonColors.Grey);
        return surface.Save(path);
    }
}
