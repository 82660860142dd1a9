using ScottPlot;

namespace NnLesson.Figures.Teach;

/// <summary>
/// teach_map.png: the 512-value features of every photo projected on their first two principal components,
/// one colour per class, training photos as filled circles and validation photos as open squares: if the
/// classes form separate clouds, a linear head on these features can tell them apart.
/// </summary>
public static class TeachMapFigure
{
    public const string FileName = "teach_map.png";

    public static SavedFigure Save(FeatureMapData data, Lang lang, FigureSize size, string path)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var markerSize = (float)(FigureTheme.TextBasis(size) / 70);
        for (var k = 0; k < data.Classes.Count; k++)
        {
            var color = ClassColor(k);
            foreach (var validation in new[] { false, true })
            {
                var idx = Enumerable.Range(0, data.Labels.Length).Where(i => data.Labels[i] == k && data.Validation[i] == validation).ToArray();
                if (idx.Length == 0)
                {
                    continue;
                }
                var points = plot.Add.ScatterPoints(idx.Select(i => data.X[i]).ToArray(), idx.Select(i => data.Y[i]).ToArray(), color);
                points.MarkerSize = validation ? markerSize * 1.1f : markerSize;
                points.MarkerShape = validation ? MarkerShape.OpenSquare : MarkerShape.FilledCircle;
                points.MarkerLineWidth = validation ? Math.Max(2f, markerSize / 5) : 0;
                if (!validation)
                {
                    points.MarkerFillColor = color.WithAlpha(0.55);
                }
                points.LegendText = string.Format((validation ? TeachTexts.ValidationPoints : TeachTexts.TrainPoints).For(lang), data.Classes[k]);
            }
        }
        plot.Title(TeachTexts.MapTitle.For(lang));
        plot.XLabel(string.Format(TeachTexts.Component.For(lang), 1, NumberText.Percent(data.ExplainedRatio[0], lang, 0)));
        plot.YLabel(string.Format(TeachTexts.Component.For(lang), 2, NumberText.Percent(data.ExplainedRatio[1], lang, 0)));
        TickLabels.UseAutomatic(plot, lang);
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.ShowLegend();
        return PngOutput.Save(plot, size, path);
    }

    /// <summary>Class k's colour: the lesson palette (class 0 blue, class 1 vermillion, …), repeating after eight.</summary>
    public static Color ClassColor(int k) => LessonColors.Series[k % LessonColors.Series.Count];
}
