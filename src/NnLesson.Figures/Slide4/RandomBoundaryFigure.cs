using System.Globalization;
using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// <c>slide4_boundary.png</c>: the output p = σ(z₂) of an untrained, randomly initialised MLP over the
/// input plane (tinted background, the p = 0.5 contour) with the worked batch's points marked and their
/// probabilities listed beside the plot. The caption says plainly that the weights are random.
/// </summary>
public static class RandomBoundaryFigure
{
    public const string FileName = "slide4_boundary.png";

    private static readonly Localized Title = new(
        "Вихід випадкової мережі 2→8→1: p = σ(z₂) на площині",
        "Output of a random 2→8→1 network over the plane: p = σ(z₂)");

    private static readonly Localized Subtitle = new(
        "Ваги й зсуви випадкові, ще не навчені (зерно = {0}), тож межа p = {1} поки що довільна",
        "Random, untrained weights and biases (seed = {0}): the p = {1} boundary is still arbitrary");

    private static readonly Localized BoundaryLegend = new("межа p = {0}", "boundary p = {0}");
    private static readonly Localized Class1Legend = new("p > {0} → клас 1", "p > {0} → class 1");
    private static readonly Localized Class0Legend = new("p < {0} → клас 0", "p < {0} → class 0");

    /// <summary>The decision threshold on p, written in the figure's language ("0,5" or "0.5").</summary>
    private static string Half(Lang lang) => NumberText.Plain(0.5, lang);
    private static readonly Localized BatchHeading = new("Прямий прохід пакета з {0} точок:", "Forward pass of a batch of {0} points:");

    /// <summary>Draws <paramref name="data"/> and writes the figure to <paramref name="path"/>.</summary>
    public static FigurePanels Save(RandomBoundaryData data, Lang lang, FigureSize size, string path) =>
        Save(data.Field, data.Bounds, data.Batch, data.Hidden, data.Seed, lang, size, path);

    /// <summary>
    /// Draws <paramref name="field"/> (p: [rows, cols] over <paramref name="bounds"/>, row 0 at the top, as
    /// <see cref="ProbabilityField.Evaluate"/> returns it) with the batch points and writes the figure.
    /// <paramref name="hidden"/> is the hidden-layer width, for the shapes printed beside the plot.
    /// </summary>
    public static FigurePanels Save(double[,] field, PlaneBounds bounds, IReadOnlyList<BatchPoint> batch, int hidden, int seed,
        Lang lang, FigureSize size, string path)
    {
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        var w = size.Width;
        var h = size.Height;
        var titleSize = FigureTheme.Title(size);
        var textSize = FigureTheme.Legend(size);
        var legendSize = FigureTheme.Label(size);

        // The plane on the left with equal units on both axes; text column on the right.
        var top = titleSize * 1.25f + textSize * 2.6f;
        var left = FigureTheme.Tick(size) * 4.6f;
        var bottomMargin = FigureTheme.Tick(size) * 3.4f;
        var dataHeight = h - top - bottomMargin;
        var dataWidth = (float)(dataHeight * bounds.Width / bounds.Height);
        dataWidth = Math.Min(dataWidth, w * 0.55f);
        var dataRect = new PixelRect(left, left + dataWidth, top + dataHeight, top);

        using var plot = new Plot();
        FigureTheme.Apply(plot, size);
        ProbabilityField.AddBackground(plot, field, bounds);
        ProbabilityField.AddBoundary(plot, field, bounds, size);
        AddBatchMarkers(plot, batch, size);
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        FixedTicks.Apply(plot, 1, bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax, lang);
        plot.XLabel("x₁");
        plot.YLabel("x₂");
        plot.DataBorder.Color = LessonColors.Grey;
        // Room around the data area for the end tick labels (half a label sticks out past each corner).
        var overhang = FigureTheme.Tick(size);
        plot.Layout.Fixed(new PixelPadding(left, overhang, bottomMargin, overhang));
        canvas.DrawPlot(plot, new PixelRect(0, dataRect.Right + overhang, dataRect.Bottom + bottomMargin, dataRect.Top - overhang));

        // Colour scale of p right of the plane.
        var barLeft = dataRect.Right + w * 0.025f;
        var barRect = new PixelRect(barLeft, barLeft + w * 0.08f, dataRect.Bottom, dataRect.Top);
        ColorScaleBar.Draw(canvas, barRect, ClassColormap.Instance, 0, 1, 0.25, "p = σ(z₂)", lang);

        canvas.PlotHeading(Title.For(lang), string.Format(CultureInfo.InvariantCulture, Subtitle.For(lang), seed, Half(lang)));
        var legendLeft = barRect.Right + w * 0.03f;
        DrawLegend(canvas, batch, hidden, lang, legendLeft, top + legendSize, w - w * 0.01f - legendLeft, legendSize);

        var saved = surface.Save(path);
        return new FigurePanels(saved, [dataRect], [HiddenUnitsFigure.Limits(bounds)]);
    }

    private static void AddBatchMarkers(Plot plot, IReadOnlyList<BatchPoint> batch, FigureSize size)
    {
        var markerSize = Math.Max(10f, size.Height / 45f);
        foreach (var point in batch)
        {
            var label = point.Probability > 0.5 ? 1 : 0;
            var marker = plot.Add.Marker(point.X1, point.X2, label == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledTriangleUp,
                markerSize, LessonColors.ClassColor(label));
            marker.MarkerStyle.OutlineColor = LessonColors.Black;
            marker.MarkerStyle.OutlineWidth = Math.Max(1.5f, markerSize / 10f);
            var text = plot.Add.Text(point.Name, point.X1, point.X2);
            text.LabelFontSize = FigureTheme.Label(size);
            FigureTheme.SetBold(text.LabelStyle, true);
            text.LabelFontColor = LessonColors.Black;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
            text.LabelPadding = 3;
            text.LabelAlignment = Alignment.LowerLeft;
            text.OffsetX = markerSize * 0.6f;
            text.OffsetY = -markerSize * 0.6f;
        }
    }

    private static void DrawLegend(SlideCanvas canvas, IReadOnlyList<BatchPoint> batch, int hidden, Lang lang, float x, float y, float width, float textSize)
    {
        var lineHeight = textSize * 1.7f;
        var swatch = textSize * 1.1f;
        var sk = canvas.Canvas;

        using (var line = new SKPaint { Color = SKColors.Black, StrokeWidth = Math.Max(3f, textSize / 6f), IsAntialias = true, Style = SKPaintStyle.Stroke })
        {
            sk.DrawLine(x, y - textSize * 0.35f, x + swatch * 1.6f, y - textSize * 0.35f, line);
        }
        canvas.PlotTextFitted(string.Format(BoundaryLegend.For(lang), Half(lang)), x + swatch * 2.1f, y, textSize, width - swatch * 2.1f, LessonColors.Black);
        y += lineHeight;
        foreach (var (label, text) in new[] { (1, Class1Legend), (0, Class0Legend) })
        {
            using var fill = new SKPaint { Color = SlideCanvas.ToSk(ClassColormap.Instance.GetColor(label)), IsAntialias = true };
            using var edge = new SKPaint { Color = SKColors.Gray, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
            var r = SKRect.Create(x, y - swatch * 0.85f, swatch * 1.6f, swatch);
            sk.DrawRect(r, fill);
            sk.DrawRect(r, edge);
            canvas.PlotTextFitted(string.Format(text.For(lang), Half(lang)), x + swatch * 2.1f, y, textSize, width - swatch * 2.1f, LessonColors.Black);
            y += lineHeight;
        }

        y += lineHeight * 0.6f;
        canvas.PlotTextFitted(string.Format(BatchHeading.For(lang), NumberText.Integer(batch.Count, lang)), x, y, textSize, width,
            LessonColors.Black, bold: true);
        y += lineHeight;
        var n = batch.Count;
        foreach (var formula in new[]
                 {
                     $"H = ReLU(X·W1 + b1)   [{n}, {hidden}]",
                     $"Y = σ(H·W2 + b2)   [{n}, 1]",
                 })
        {
            canvas.PlotTextFitted(formula, x, y, textSize, width, LessonColors.Black);
            y += lineHeight;
        }
        y += lineHeight * 0.2f;
        foreach (var point in batch)
        {
            var row = $"{point.Name}  {NumberText.Tuple([point.X1, point.X2], 2, lang)}  →  p = {NumberText.Fixed(point.Probability, 2, lang)}";
            canvas.PlotTextFitted(row, x, y, textSize, width, LessonColors.ClassColor(point.Probability > 0.5 ? 1 : 0));
            y += lineHeight;
        }
    }
}
