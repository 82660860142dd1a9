using NnLesson.Core.Perceptrons;
using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// The input plane (x₁, x₂) of one logic gate with one perceptron line: the two half-planes tinted by the
/// perceptron's answer (y = 1 where z = w₁·x₁ + w₂·x₂ + b ≥ 0: light vermillion; y = 0: light blue), the
/// line z = 0 in black, the four inputs as class markers (class 0 blue circles, class 1 vermillion
/// triangles) labelled with their target t, and optional rings around the inputs the line gets wrong.
/// Shared by the AND/OR figure and the XOR figure.
/// </summary>
internal static class GatePlane
{
    /// <summary>The inputs' markers, in design pixels (× <see cref="Slide3Layout.Scale"/> on the figure).</summary>
    public const float MarkerSize = 34;

    /// <summary>The ring around a misclassified input is this many marker sizes across.</summary>
    public const float RingScale = 1.9f;

    /// <summary>The ring's radius in real pixels on a figure of <paramref name="layout"/> (tests look for its edge there).</summary>
    public static float RingRadius(Slide3Layout layout) => MarkerSize * RingScale / 2 * layout.Scale;

    public static Plot Create(LogicGate gate, Perceptron perceptron, Slide3Layout layout, Lang lang, string title,
        IReadOnlyCollection<int>? misclassified = null)
    {
        var size = layout.TextSize;
        var u = layout.Scale;
        var bounds = Slide3Layout.Visible;
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        plot.Layout.Fixed(layout.PlanePadding);
        plot.Title(title);
        plot.Axes.Bottom.Label.Text = Slide3Text.AxisX1.For(lang);
        plot.Axes.Left.Label.Text = Slide3Text.AxisX2.For(lang);
        plot.Axes.Bottom.Label.FontSize = FigureTheme.Label(size) * 1.1f;
        plot.Axes.Left.Label.FontSize = FigureTheme.Label(size) * 1.1f;
        plot.Axes.Left.Label.Rotation = 0; // "x₂" reads better upright
        // Ticks every 0.5 in the figure's language (0, 0,5, 1, 1,5), none at the −0.5 corner where the
        // two axes' labels would run into each other.
        FixedTicks.Apply(plot, 0.5, bounds.XMin + 0.5, bounds.XMax, bounds.YMin + 0.5, bounds.YMax, lang);

        // Regions first (exact polygons), then the line, then the points on top.
        foreach (var positive in new[] { true, false })
        {
            var corners = HalfPlane.Clip(bounds, perceptron.W1, perceptron.W2, perceptron.Bias, positive);
            if (corners.Length == 0)
            {
                continue;
            }
            var region = plot.Add.Polygon(corners);
            region.FillColor = LessonColors.ClassRegion(positive ? 1 : 0);
            region.LineWidth = 0;
        }
        if (HalfPlane.Segment(bounds, perceptron.W1, perceptron.W2, perceptron.Bias) is var (start, end))
        {
            var line = plot.Add.Line(start, end);
            line.LineColor = LessonColors.Black;
            line.LineWidth = FigureTheme.Line(size) * 1.6f;
        }

        var markerSize = MarkerSize * u;
        for (var i = 0; i < gate.Rows.Count; i++)
        {
            var row = gate.Rows[i];
            var marker = plot.Add.Marker(row.X1, row.X2,
                row.Target == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledTriangleUp, markerSize, LessonColors.ClassColor(row.Target));
            marker.MarkerStyle.OutlineColor = Colors.White;
            marker.MarkerStyle.OutlineWidth = 2.5f * u;

            // Beside each input: its target t (what the gate should answer) and its weighted sum z
            // (what the perceptron computes; y = 1 exactly when z ≥ 0).
            var z = perceptron.WeightedSum(row.X1, row.X2);
            AddLabel(plot, $"t = {row.Target}", row.X1, row.X2, FigureTheme.Label(size), LessonColors.Black, true, markerSize, u);
            AddLabel(plot, $"z = {NumberText.Fixed(z, 3, lang)}", row.X1, row.X2, FigureTheme.Legend(size), LessonColors.Grey, false, markerSize, u);
        }
        if (misclassified is not null)
        {
            foreach (var i in misclassified)
            {
                var ring = plot.Add.Marker(gate.Rows[i].X1, gate.Rows[i].X2, MarkerShape.OpenCircle, markerSize * RingScale, LessonColors.Black);
                ring.MarkerStyle.LineWidth = 3.5f * u;
            }
        }
        plot.Axes.SetLimits(bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax);
        return plot;
    }

    /// <summary>A label right of a point: <paramref name="above"/> puts it just above the point's centre line, otherwise just below.</summary>
    private static void AddLabel(Plot plot, string text, double x, double y, float fontSize, Color color, bool above, float markerSize, float u)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = EmbeddedFonts.Family;
        label.LabelFontSize = fontSize;
        label.LabelFontColor = color;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        label.LabelBorderRadius = 5 * u;
        label.LabelPadding = 3 * u;
        label.LabelAlignment = above ? Alignment.LowerLeft : Alignment.UpperLeft;
        label.OffsetX = markerSize * (RingScale / 2) + 8 * u; // clear of the misclassified ring
        label.OffsetY = above ? 2 * u : 4 * u;
    }
}
