using ScottPlot;

namespace NnLesson.Figures.Slide5Activations;

/// <summary>
/// <c>slide5_activations.png</c>: sigmoid, tanh and ReLU side by side. Each panel shows f(z) on
/// z ∈ [−5, 5] with its range bounds dashed and the stretches where f′(z) &lt; <see cref="FlatThreshold"/>
/// shaded grey (there the gradient almost vanishes); under it the formula, the range, one strength (+)
/// and one weakness (−).
/// </summary>
public static class ActivationsFigure
{
    public const string FileName = "slide5_activations.png";

    /// <summary>Below this derivative a stretch of z is shaded as "the gradient almost vanishes here".</summary>
    public const double FlatThreshold = 0.05;

    public const double ZMin = -5;
    public const double ZMax = 5;

    private static readonly Localized Title = new(
        "Функції активації: сигмоїда, tanh, ReLU",
        "Activation functions: sigmoid, tanh, ReLU");

    private static readonly Localized Subtitle = new(
        "сіре тло: f′(z) < {0}, тут градієнт майже зникає",
        "grey: f′(z) < {0}, where the gradient almost vanishes");

    /// <summary>The figure with each card's curve sampled on z ∈ [<see cref="ZMin"/>, <see cref="ZMax"/>].</summary>
    public static FigurePanels Save(Lang lang, FigureSize size, string path) => Save(Sample(), lang, size, path);

    /// <summary>The curves the figure draws: one sampling per card of <see cref="ActivationCard.All"/>, in order.</summary>
    public static IReadOnlyList<ActivationSampling> Sample() => ActivationCard.All.Select(c => ActivationSampling.Of(c.Activation, ZMin, ZMax)).ToList();

    /// <summary>Draws <paramref name="samplings"/> (one per card of <see cref="ActivationCard.All"/>, in order) and writes the figure.</summary>
    public static FigurePanels Save(IReadOnlyList<ActivationSampling> samplings, Lang lang, FigureSize size, string path)
    {
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        var w = size.Width;
        var h = size.Height;
        var titleSize = FigureTheme.Title(size);
        var subtitleSize = FigureTheme.Legend(size);
        var headerSize = FigureTheme.Label(size);
        var textSize = FigureTheme.Legend(size) * 1.2f;
        var lineHeight = textSize * 1.45f;

        var titleBaseline = titleSize * 1.25f;
        var subtitleBaseline = titleBaseline + subtitleSize * 1.6f;
        var top = subtitleBaseline + headerSize * 2.2f;
        var margin = w * 0.015f;
        var colW = (w - 2 * margin) / 3f;
        var plotHeight = h * 0.5f;
        var tickMarginLeft = FigureTheme.Tick(size) * 3.6f;
        var tickMarginBottom = FigureTheme.Tick(size) * 3.0f;

        var dataRects = new List<PixelRect>();
        var limits = new List<AxisLimits>();
        for (var i = 0; i < ActivationCard.All.Count; i++)
        {
            var card = ActivationCard.All[i];
            var colLeft = margin + i * colW;
            var outer = new PixelRect(colLeft, colLeft + colW, top + plotHeight, top);
            using var plot = Panel(card, samplings[i], size, lang);
            plot.Layout.Fixed(new PixelPadding(tickMarginLeft, colW * 0.06f, tickMarginBottom, FigureTheme.Tick(size) * 0.6f));
            canvas.DrawPlot(plot, outer);
            var data = plot.LastRender.DataRect;
            dataRects.Add(data);
            limits.Add(plot.Axes.GetLimits());

            canvas.PlotTextFitted(card.Name.For(lang), data.HorizontalCenter, top - headerSize * 0.6f, headerSize, colW * 0.95f,
                card.Color, bold: true, SKTextAlign.Center);

            // The card under the plot: formula, range, + strength, − weakness.
            var textLeft = colLeft + colW * 0.04f;
            var textWidth = colW * 0.93f;
            var y = outer.Bottom + lineHeight * 0.9f;
            canvas.PlotTextFitted(card.DisplayFormula, textLeft, y, textSize, textWidth, LessonColors.Black, bold: true);
            y += lineHeight;
            canvas.PlotTextFitted($"{ActivationCard.RangeLabel.For(lang)}: {card.RangeFor(lang)}", textLeft, y, textSize, textWidth, LessonColors.Black);
            y += lineHeight * 1.15f;
            y = DrawPoint(canvas, "+", card.ProFor(lang), LessonColors.BluishGreen, textLeft, y, textSize, textWidth, lineHeight);
            DrawPoint(canvas, "−", card.ConFor(lang), LessonColors.Vermillion, textLeft, y, textSize, textWidth, lineHeight);
        }

        canvas.PlotHeading(Title.For(lang), string.Format(Subtitle.For(lang), NumberText.Plain(FlatThreshold, lang)));
        return new FigurePanels(surface.Save(path), dataRects, limits);
    }

    /// <summary>A bullet: the sign in its colour, then the text wrapped with a hanging indent. Returns the next baseline.</summary>
    private static float DrawPoint(SlideCanvas canvas, string sign, string text, Color signColor, float x, float y, float size,
        float width, float lineHeight)
    {
        var indent = SlideCanvas.MeasurePlotText("− ", size, bold: true);
        canvas.PlotText(sign, x, y, size, signColor, bold: true);
        return canvas.PlotWrapped(text, x + indent, y, size, width - indent, lineHeight, LessonColors.Black);
    }

    private static Plot Panel(ActivationCard card, ActivationSampling sampling, FigureSize size, Lang lang)
    {
        var yMin = Math.Min(sampling.Values.Min(), 0);
        var yMax = sampling.Values.Max();
        var pad = (yMax - yMin) * 0.12;
        (yMin, yMax) = (yMin - pad, yMax + pad);

        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        foreach (var (start, end) in sampling.FlatIntervals(FlatThreshold))
        {
            var shade = plot.Add.Rectangle(start, end, yMin, yMax);
            shade.FillColor = LessonColors.Grey.WithAlpha(0.16);
            shade.LineWidth = 0;
        }
        foreach (var bound in new[] { card.RangeMin, card.RangeMax })
        {
            if (double.IsFinite(bound))
            {
                plot.Add.HorizontalLine(bound, FigureTheme.Line(size) * 0.6f, LessonColors.Grey, LinePattern.Dashed);
            }
        }
        var zeroLine = plot.Add.VerticalLine(0, 1, LessonColors.Black.WithAlpha(0.35));
        zeroLine.LineWidth = 1;
        var curve = plot.Add.ScatterLine(sampling.Z, sampling.Values, card.Color);
        curve.LineWidth = FigureTheme.Line(size) * 1.6f;

        plot.Axes.SetLimits(ZMin, ZMax, yMin, yMax);
        plot.Axes.Bottom.TickGenerator = FixedTicks.Every(2.5, ZMin, ZMax, lang);
        plot.Axes.Left.TickGenerator = FixedTicks.Every(FixedTicks.NiceStep(yMax - yMin, 4), yMin, yMax, lang);
        plot.XLabel("z");
        return plot;
    }
}
