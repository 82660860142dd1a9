using NnLesson.Core.Linear;
using ScottPlot;

namespace NnLesson.Figures.Common;

/// <summary>
/// A classifier's probability of class 1 over the input plane, drawn as a tinted background with the
/// decision boundary p = 0.5 as a black contour, and the data points on top. Shared by the slide 4
/// (random network) and slide 5 (trained network) boundary figures.
/// </summary>
public static class ProbabilityField
{
    /// <summary>
    /// Evaluates <paramref name="predict"/> (input X: [n, 2] → n probabilities) on a grid of cell centres.
    /// Returns P: [rows, cols] with row 0 at the top (largest x₂), the layout ScottPlot's heatmap draws.
    /// All cells go through one batched call, as a network would be run on a batch.
    /// </summary>
    public static double[,] Evaluate(Func<Matrix, double[]> predict, PlaneBounds bounds, int cols = 200, int rows = 120)
    {
        var grid = new Matrix(rows * cols, 2);
        for (var r = 0; r < rows; r++)
        {
            var y = bounds.YMax - (r + 0.5) * bounds.Height / rows;
            for (var c = 0; c < cols; c++)
            {
                grid[r * cols + c, 0] = bounds.XMin + (c + 0.5) * bounds.Width / cols;
                grid[r * cols + c, 1] = y;
            }
        }
        var p = predict(grid);
        if (p.Length != rows * cols)
        {
            throw new InvalidOperationException($"The classifier returned {p.Length} probabilities for {rows * cols} grid points.");
        }
        var field = new double[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                field[r, c] = p[r * cols + c];
            }
        }
        return field;
    }

    /// <summary>Adds the tinted probability background (fixed range 0..1, so colours mean the same in every figure).</summary>
    public static ScottPlot.Plottables.Heatmap AddBackground(Plot plot, double[,] field, PlaneBounds bounds)
    {
        var heatmap = plot.Add.Heatmap(field);
        heatmap.Colormap = ClassColormap.Instance;
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        heatmap.Extent = new CoordinateRect(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        heatmap.Smooth = true;
        return heatmap;
    }

    /// <summary>Adds the decision boundary p = 0.5 as a black contour line.</summary>
    public static void AddBoundary(Plot plot, double[,] field, PlaneBounds bounds, FigureSize size)
    {
        var rows = field.GetLength(0);
        var cols = field.GetLength(1);
        var points = new Coordinates3d[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            var y = bounds.YMax - (r + 0.5) * bounds.Height / rows;
            for (var c = 0; c < cols; c++)
            {
                // ContourLines expects row 0 at the bottom; the field has row 0 at the top.
                points[rows - 1 - r, c] = new Coordinates3d(bounds.XMin + (c + 0.5) * bounds.Width / cols, y, field[r, c]);
            }
        }
        var contour = plot.Add.ContourLines(points, 1);
        // The adder computes its lines at once, at the middle of the field's range; set the level and
        // recompute, or the line sits at (min + max) / 2 instead of p = 0.5 whenever the range is lopsided.
        contour.ContourLineLevels = [0.5];
        contour.Update(points);
        contour.LineColor = LessonColors.Black;
        contour.LineWidth = FigureTheme.Line(size) * 1.5f;
        contour.LabelStyle.IsVisible = false;
    }

    /// <summary>Adds the points coloured by class: class 0 blue circles, class 1 vermillion triangles (shape and colour both differ).</summary>
    public static void AddPoints(Plot plot, ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, ReadOnlySpan<int> labels,
        FigureSize size, string class0Legend, string class1Legend, float? markerSize = null)
    {
        var marker = markerSize ?? Math.Max(6f, size.Height / 90f);
        for (var label = 0; label <= 1; label++)
        {
            var px = new List<double>();
            var py = new List<double>();
            for (var i = 0; i < xs.Length; i++)
            {
                if (labels[i] == label)
                {
                    px.Add(xs[i]);
                    py.Add(ys[i]);
                }
            }
            var markers = plot.Add.Markers(px.ToArray(), py.ToArray(),
                label == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledTriangleUp, marker, LessonColors.ClassColor(label));
            markers.MarkerStyle.OutlineColor = Colors.White;
            markers.MarkerStyle.OutlineWidth = Math.Max(1f, marker / 8f);
            markers.LegendText = label == 0 ? class0Legend : class1Legend;
        }
    }
}
