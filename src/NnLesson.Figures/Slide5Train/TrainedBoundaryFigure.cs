using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using ScottPlot;

namespace NnLesson.Figures.Slide5Train;

/// <summary>
/// slide5_boundary_trained.png: the trained network's probability of class 1 over the plane (tinted
/// background), its decision boundary p = 0.5 (black line), the training points (white outline) and the
/// validation points (black outline, never seen by gradient descent), accuracies in the title.
/// </summary>
public static class TrainedBoundaryFigure
{
    public const string FileName = "slide5_boundary_trained.png";

    /// <summary>The plane shown: every training and validation point with a 10 % margin.</summary>
    public static PlaneBounds BoundsFor(DatasetSplit data)
    {
        var x1 = data.Train.X1.Concat(data.Validation.X1).ToArray();
        var x2 = data.Train.X2.Concat(data.Validation.X2).ToArray();
        return PlaneBounds.Around(x1, x2, margin: 0.1);
    }

    /// <summary>
    /// The figure with equal units on both axes (a circle stays a circle): a first layout without the
    /// background measures the data area in pixels, the plane is widened to its aspect ratio, and the
    /// probability field is evaluated over exactly that plane. ScottPlot centres the title over the data area,
    /// which the legend pushes left, so a first probe also tells how much room the title has on each side.
    /// </summary>
    public static Plot Build(TwoLayerMlp mlp, DatasetSplit data, double trainAccuracy, double validationAccuracy, Lang lang, FigureSize size)
    {
        var bounds = BoundsFor(data);
        var title = Title(mlp, trainAccuracy, validationAccuracy, lang);
        var titleSize = FigureTheme.Title(size);
        var probe = Compose(mlp, data, title, titleSize, lang, size, bounds, withField: false);
        probe.GetImage(size.Width, size.Height).Dispose();
        titleSize = FittedTitleSize(title, titleSize, probe.LastRender.DataRect, size);
        probe = Compose(mlp, data, title, titleSize, lang, size, bounds, withField: false);
        probe.GetImage(size.Width, size.Height).Dispose();
        bounds = WithSquareUnits(bounds, probe.LastRender.DataRect);
        return Compose(mlp, data, title, titleSize, lang, size, bounds, withField: true);
    }

    /// <summary>"Навчена мережа 2→16→1: точність 97,9 % (навч.), 96,5 % (валід.)".</summary>
    public static string Title(TwoLayerMlp mlp, double trainAccuracy, double validationAccuracy, Lang lang) =>
        string.Format(Slide5Texts.BoundaryTitle.For(lang), Slide5Texts.Architecture(mlp.Inputs, mlp.Hidden),
            NumberText.Percent(trainAccuracy, lang), NumberText.Percent(validationAccuracy, lang));

    /// <summary>The title's font size, shrunk (to at most 70 %) so the bold title centred over the data area stays inside the figure.</summary>
    private static float FittedTitleSize(string title, float fontSize, PixelRect dataRect, FigureSize size)
    {
        var room = 2 * Math.Min(dataRect.HorizontalCenter, size.Width - dataRect.HorizontalCenter) - FigureTheme.Tick(size);
        var width = SlideCanvas.MeasurePlotText(title, fontSize, bold: true);
        return width <= room ? fontSize : Math.Max(fontSize * 0.7f, fontSize * room / width);
    }

    public static SavedFigure Save(TwoLayerMlp mlp, DatasetSplit data, double trainAccuracy, double validationAccuracy,
        Lang lang, FigureSize size, string path) =>
        PngOutput.Save(Build(mlp, data, trainAccuracy, validationAccuracy, lang, size), size, path);

    private static Plot Compose(TwoLayerMlp mlp, DatasetSplit data, string title, float titleSize, Lang lang,
        FigureSize size, PlaneBounds bounds, bool withField)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        if (withField)
        {
            var field = ProbabilityField.Evaluate(mlp.PredictProbabilities, bounds);
            ProbabilityField.AddBackground(plot, field, bounds);
            ProbabilityField.AddBoundary(plot, field, bounds, size);
        }

        var marker = Math.Max(6f, size.Height / 90f);
        ProbabilityField.AddPoints(plot, data.Train.X1, data.Train.X2, data.Train.Labels, size,
            Slide5Texts.Class0Train.For(lang), Slide5Texts.Class1Train.For(lang), marker);
        AddValidationPoints(plot, data.Validation, marker * 1.15f, lang);

        // A legend entry for the contour line, which ContourLines does not add itself.
        var boundaryKey = plot.Add.Line(bounds.XMin, bounds.YMin, bounds.XMin, bounds.YMin);
        boundaryKey.LineColor = LessonColors.Black;
        boundaryKey.LineWidth = FigureTheme.Line(size) * 1.5f;
        boundaryKey.LegendText = string.Format(Slide5Texts.BoundaryLegend.For(lang), NumberText.Plain(0.5, lang));

        plot.Title(title);
        plot.Axes.Title.Label.FontSize = titleSize;
        plot.XLabel("x₁");
        plot.YLabel("x₂");
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        TickLabels.UseAutomatic(plot, lang);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>Grows the shorter side of the plane (about its centre) until one unit has the same length in pixels on both axes.</summary>
    private static PlaneBounds WithSquareUnits(PlaneBounds bounds, PixelRect dataRect)
    {
        var unitsPerPixel = Math.Max(bounds.Width / dataRect.Width, bounds.Height / dataRect.Height);
        var halfWidth = unitsPerPixel * dataRect.Width / 2;
        var halfHeight = unitsPerPixel * dataRect.Height / 2;
        var (cx, cy) = ((bounds.XMin + bounds.XMax) / 2, (bounds.YMin + bounds.YMax) / 2);
        return new PlaneBounds(cx - halfWidth, cx + halfWidth, cy - halfHeight, cy + halfHeight);
    }

    /// <summary>Validation points: the class's colour and shape, outlined in black so they stand out from the training points.</summary>
    private static void AddValidationPoints(Plot plot, Dataset2D validation, float marker, Lang lang)
    {
        for (var label = 0; label <= 1; label++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < validation.Count; i++)
            {
                if (validation.Labels[i] == label)
                {
                    xs.Add(validation.X[i, 0]);
                    ys.Add(validation.X[i, 1]);
                }
            }
            var markers = plot.Add.Markers(xs.ToArray(), ys.ToArray(),
                label == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledTriangleUp, marker, LessonColors.ClassColor(label));
            markers.MarkerStyle.OutlineColor = LessonColors.Black;
            markers.MarkerStyle.OutlineWidth = Math.Max(1.5f, marker / 5f);
            markers.LegendText = (label == 0 ? Slide5Texts.Class0Validation : Slide5Texts.Class1Validation).For(lang);
        }
    }
}
