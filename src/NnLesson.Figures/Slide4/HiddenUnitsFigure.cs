using System.Globalization;
using NnLesson.Core.Networks;
using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// <c>slide4_hidden.png</c>: what each hidden unit of the MLP computes over the input plane. Panel j shows
/// h_j(x₁, x₂) = max(0, W1[0, j]·x₁ + W1[1, j]·x₂ + b1[j]) as a heatmap (white = 0, the unit is silent),
/// the dashed line z_j = 0 where the unit switches on, and its weights in the panel title. All panels
/// share one colour scale so their strengths compare. Up to 8 units, in a 2×4 grid.
/// </summary>
public static class HiddenUnitsFigure
{
    public const string FileName = "slide4_hidden.png";

    public const int MaxUnits = 8;

    private static readonly Localized Title = new(
        "Що обчислює кожен прихований нейрон: h = max(0, w₁·x₁ + w₂·x₂ + b)",
        "What each hidden unit computes: h = max(0, w₁·x₁ + w₂·x₂ + b)");

    private static readonly Localized Subtitle = new(
        "Випадкові ненавчені ваги й зсуви (зерно = {0}) · пунктир: z = 0, де нейрон вмикається · білий: h = 0",
        "Untrained random weights and biases (seed = {0}) · dashed: z = 0, where the unit switches on · white: h = 0");

    private static readonly Localized Silent = new("тут завжди h = 0", "h = 0 everywhere here");

    /// <summary>
    /// Draws the figure for the first layer of <paramref name="network"/> (W1: [2, hidden], b1: [hidden])
    /// over <paramref name="bounds"/> and writes it to <paramref name="path"/>.
    /// </summary>
    public static FigurePanels Save(TwoLayerMlp network, PlaneBounds bounds, int seed, Lang lang, FigureSize size, string path) =>
        Save(HiddenUnitsData.Evaluate(network, bounds, seed), lang, size, path);

    /// <summary>Draws the evaluated units of <paramref name="data"/> and writes the figure to <paramref name="path"/>.</summary>
    public static FigurePanels Save(HiddenUnitsData data, Lang lang, FigureSize size, string path)
    {
        var (fields, bounds, seed) = (data.Fields, data.Bounds, data.Seed);
        var hidden = fields.Count;
        var maxActivation = 0.0;
        foreach (var field in fields)
        {
            foreach (var value in field)
            {
                maxActivation = Math.Max(maxActivation, value);
            }
        }
        // A shared 0..max scale (at least 1, so an all-silent network still has a readable bar).
        var scaleMax = Math.Max(1.0, NiceCeiling(maxActivation));

        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        var w = size.Width;
        var h = size.Height;
        var titleSize = FigureTheme.Title(size);
        var subtitleSize = FigureTheme.Legend(size);
        var panelTitleSize = FigureTheme.Tick(size) * 0.95f;

        // Layout: title band, then a 2×4 grid of cells (one per unit) and a strip for the colour scale on
        // the right. Cells do not overlap; the left column and the bottom row also hold the tick labels.
        var top = titleSize * 1.25f + subtitleSize * 2.4f;
        var tickMarginLeft = FigureTheme.Tick(size) * 4.2f;
        var tickMarginBottom = FigureTheme.Tick(size) * 3.2f;
        var barStrip = w * 0.075f;
        var cellW = (w - tickMarginLeft - barStrip) / 4f;
        var cellH = (h - top - tickMarginBottom) / 2f;
        var titleBand = panelTitleSize * 1.7f;
        var gap = FigureTheme.Tick(size) * 0.9f;
        var side = Math.Min(cellW - gap, cellH - titleBand - gap * 0.5f);
        cellH = side + titleBand + gap * 0.5f;  // rows stay together when the figure is taller than 16:9
        var rows = (hidden + 3) / 4;

        var rects = new List<PixelRect>();
        for (var j = 0; j < hidden; j++)
        {
            var row = j / 4;
            var col = j % 4;
            var cellLeft = tickMarginLeft + col * cellW;
            var cellTop = top + row * cellH;
            var dataLeft = cellLeft + (cellW - side) / 2f;
            var dataTop = cellTop + titleBand;
            var dataRect = new PixelRect(dataLeft, dataLeft + side, dataTop + side, dataTop);
            rects.Add(dataRect);

            var bottomRow = row == rows - 1 || j + 4 >= hidden;
            var outer = new PixelRect(
                col == 0 ? 0 : cellLeft,
                cellLeft + cellW,
                bottomRow ? h : cellTop + cellH,
                cellTop);
            var (w1, w2, b) = data.Units[j];
            using var plot = Panel(fields[j], bounds, scaleMax, w1, w2, b, size, lang, showX: bottomRow, showY: col == 0);
            plot.Layout.Fixed(new PixelPadding(
                dataRect.Left - outer.Left, outer.Right - dataRect.Right, outer.Bottom - dataRect.Bottom, dataRect.Top - outer.Top));
            canvas.DrawPlot(plot, outer);

            var panelTitle = PanelTitle(j, w1, w2, b, lang);
            canvas.PlotTextFitted(panelTitle, dataRect.HorizontalCenter, dataTop - panelTitleSize * 0.55f, panelTitleSize, cellW - gap,
                LessonColors.Black, align: SKTextAlign.Center);
            if (IsSilent(fields[j]))
            {
                canvas.PlotText(Silent.For(lang), dataRect.HorizontalCenter, dataRect.VerticalCenter, panelTitleSize, LessonColors.Grey,
                    align: SKTextAlign.Center);
            }
        }

        var barTop = top + titleBand;
        var barRect = new PixelRect(w - barStrip + barStrip * 0.15f, w, barTop + (cellH * rows - titleBand - gap) * 0.9f, barTop);
        ColorScaleBar.Draw(canvas, barRect, ActivationColormap.Instance, 0, scaleMax, FixedTicks.NiceStep(scaleMax, 5), "h", lang);

        canvas.PlotHeading(Title.For(lang), string.Format(CultureInfo.InvariantCulture, Subtitle.For(lang), seed));

        var saved = surface.Save(path);
        return new FigurePanels(saved, rects, rects.Select(_ => Limits(bounds)).ToList());
    }

    private static Plot Panel(double[,] field, PlaneBounds bounds, double scaleMax, double w1, double w2, double b, FigureSize size, Lang lang,
        bool showX, bool showY)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var heatmap = plot.Add.Heatmap(field);
        heatmap.Colormap = ActivationColormap.Instance;
        heatmap.ManualRange = new ScottPlot.Range(0, scaleMax);
        heatmap.Extent = new CoordinateRect(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        heatmap.Smooth = true;
        if (SwitchOnLine.Clip(w1, w2, b, bounds) is { } line)
        {
            var edge = plot.Add.Line(line);
            edge.LineColor = LessonColors.Black;
            edge.LineWidth = FigureTheme.Line(size);
            edge.LinePattern = LinePattern.Dashed;
        }
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        // Whole-number ticks strictly inside the plane, so labels of neighbouring panels never touch.
        FixedTicks.Apply(plot, 1, bounds.XMin + 0.5, bounds.XMax - 0.5, bounds.YMin + 0.5, bounds.YMax - 0.5, lang);
        plot.Axes.Bottom.TickLabelStyle.IsVisible = showX;
        plot.Axes.Left.TickLabelStyle.IsVisible = showY;
        plot.Axes.Bottom.Label.Text = showX ? "x₁" : "";
        plot.Axes.Left.Label.Text = showY ? "x₂" : "";
        plot.DataBorder.Color = LessonColors.Grey;
        return plot;
    }

    private static bool IsSilent(double[,] field)
    {
        foreach (var value in field)
        {
            if (value > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ at or above <paramref name="value"/>: a colour scale that ends on a round number.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 0;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /// <summary>The plane as axis limits (x₁ horizontal, x₂ vertical).</summary>
    public static AxisLimits Limits(PlaneBounds bounds) => new(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);

    /// <summary>"h₁: w = (0,94; 1,18), b = −0,35" in Ukrainian, "h₁: w = (0.94, 1.18), b = −0.35" in English: unit j's weights and bias.</summary>
    public static string PanelTitle(int unit, double w1, double w2, double b, Lang lang) =>
        $"h{NumberText.Subscript(unit + 1)}: w = {NumberText.Tuple([w1, w2], 2, lang)}, b = {NumberText.Fixed(b, 2, lang)}";
}
