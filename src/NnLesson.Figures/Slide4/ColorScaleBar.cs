using ScottPlot;

namespace NnLesson.Figures.Slide4;

/// <summary>
/// A vertical colour scale (low at the bottom) with ticks and a label on its right. The bar spans the height of
/// <c>rect</c> and a narrow strip at its left; the tick labels and the label take the rest of its width.
/// </summary>
internal static class ColorScaleBar
{
    public static void Draw(SlideCanvas canvas, PixelRect rect, IColormap colormap, double min, double max, double tickStep, string label, Lang lang)
    {
        var size = canvas.Size;
        const int steps = 256;
        // Intensities [steps, 2], row 0 at the top = the largest value (ScottPlot draws no heatmap one cell wide).
        var values = new double[steps, 2];
        for (var r = 0; r < steps; r++)
        {
            values[r, 0] = values[r, 1] = max - (r + 0.5) * (max - min) / steps;
        }
        using var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = colormap;
        heatmap.ManualRange = new ScottPlot.Range(min, max);
        heatmap.Extent = new CoordinateRect(0, 1, min, max);
        // The heatmap stays on the default (left) axis; the right axis shows the same range with the ticks.
        plot.Axes.SetLimits(0, 1, min, max);
        plot.Axes.SetLimitsY(min, max, plot.Axes.Right);
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.Label.Text = label;
        plot.Axes.Right.Label.FontSize = FigureTheme.Label(size);
        // A one-letter label ("h") stands upright: turned, an h reads as ɥ. A longer one ("p = σ(z₂)") keeps
        // ScottPlot's right-axis turn (read top to bottom), which its layout places fully inside the strip.
        if (label.Length <= 2)
        {
            plot.Axes.Right.Label.Rotation = 0;
        }
        plot.Axes.Right.TickLabelStyle.FontSize = FigureTheme.Tick(size);
        plot.Axes.Right.TickGenerator = FixedTicks.Every(tickStep, min, max, lang);
        plot.HideGrid();
        plot.DataBorder.Color = LessonColors.Grey;
        var barWidth = Math.Max(14f, size.Height / 45f);
        // The bar takes the left strip of the rectangle; ticks and label use the rest. The plot gets a
        // margin above and below so the end tick labels are not clipped.
        var margin = FigureTheme.Tick(size);
        plot.Layout.Fixed(new PixelPadding(0, rect.Width - barWidth, margin, margin));
        canvas.DrawPlot(plot, new PixelRect(rect.Left, rect.Right, rect.Bottom + margin, rect.Top - margin));
    }
}
