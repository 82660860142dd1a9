using ScottPlot;

namespace NnLesson.Figures.Slide5Activations;

/// <summary>
/// <c>slide5_derivatives.png</c>: why sigmoid gradients vanish. Left: f′(z) of sigmoid, tanh and ReLU, with
/// the ceiling max σ′ = 0.25 marked. Right: the best case for a gradient passing n layers, (max f′)ⁿ, on a
/// log scale: (max σ′)ⁿ = 0.25ⁿ shrinks a millionfold in 10 layers, ReLU keeps 1ⁿ = 1. Both maxima are
/// measured from <see cref="Core.Activations.IActivation.Derivative"/>, not typed in.
/// </summary>
public static class DerivativesFigure
{
    public const string FileName = "slide5_derivatives.png";

    public const double ZMin = -6;
    public const double ZMax = 6;

    /// <summary>Layers shown in the right panel: n = 1..<see cref="Layers"/>.</summary>
    public const int Layers = 20;

    /// <summary>The layer count the right panel calls out with its value.</summary>
    public const int HighlightLayers = 10;

    private static readonly Localized Title = new(
        "Похідні: чому градієнти сигмоїди зникають",
        "Derivatives: why sigmoid gradients vanish");

    private static readonly Localized Subtitle = new(
        "Зворотне поширення в кожному шарі множить градієнт на f′(z); σ′ ≤ {0}, тож після n шарів лишається щонайбільше {0}ⁿ",
        "Backpropagation multiplies the gradient by f′(z) at every layer; σ′ ≤ {0}, so after n layers at most {0}ⁿ is left");

    private static readonly Localized LeftHeader = new("Похідні f′(z)", "Derivatives f′(z)");

    private static readonly Localized RightHeader = new(
        "Що лишається від градієнта після n шарів",
        "What is left of the gradient after n layers");

    private static readonly Localized LayersLabel = new("n — кількість шарів", "n — number of layers");

    private static readonly Localized FactorLabel = new("(max f′)ⁿ — у кращому разі", "(max f′)ⁿ — best case");

    private static readonly Localized CeilingLabel = new("max σ′ = {0}", "max σ′ = {0}");

    /// <summary>The figure with each card's derivative sampled on z ∈ [<see cref="ZMin"/>, <see cref="ZMax"/>].</summary>
    public static FigurePanels Save(Lang lang, FigureSize size, string path) => Save(Sample(), lang, size, path);

    /// <summary>The curves the figure draws: one sampling per card of <see cref="ActivationCard.All"/>, in order.</summary>
    public static IReadOnlyList<ActivationSampling> Sample() => ActivationCard.All.Select(c => ActivationSampling.Of(c.Activation, ZMin, ZMax)).ToList();

    /// <summary>Draws <paramref name="samplings"/> (one per card of <see cref="ActivationCard.All"/>, in order) and writes the figure.</summary>
    public static FigurePanels Save(IReadOnlyList<ActivationSampling> samplings, Lang lang, FigureSize size, string path)
    {
        var sigmoidMax = samplings[ActivationCard.All.ToList().IndexOf(ActivationCard.Sigmoid)].MaxDerivative;
        var reluMax = samplings[ActivationCard.All.ToList().IndexOf(ActivationCard.Relu)].MaxDerivative;

        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        var w = size.Width;
        var h = size.Height;
        var titleSize = FigureTheme.Title(size);
        var subtitleSize = FigureTheme.Legend(size);
        var headerSize = FigureTheme.Label(size);
        var titleBaseline = titleSize * 1.25f;
        var subtitleBaseline = titleBaseline + subtitleSize * 1.6f;
        var top = subtitleBaseline + headerSize * 2.3f;
        var split = w * 0.52f;

        // Left: the derivatives.
        using var left = DerivativePanel(samplings, sigmoidMax, lang, size);
        var tick = FigureTheme.Tick(size);
        left.Layout.Fixed(new PixelPadding(tick * 4.2f, tick * 1.5f, tick * 4.2f, tick * 0.8f));
        canvas.DrawPlot(left, new PixelRect(0, split, h - tick * 0.5f, top));
        var leftData = left.LastRender.DataRect;

        // Right: the best-case factor after n layers.
        using var right = FactorPanel(sigmoidMax, reluMax, lang, size);
        right.Layout.Fixed(new PixelPadding(tick * 6.2f, tick * 1.5f, tick * 4.2f, tick * 0.8f));
        canvas.DrawPlot(right, new PixelRect(split, w, h - tick * 0.5f, top));
        var rightData = right.LastRender.DataRect;

        canvas.PlotTextFitted(LeftHeader.For(lang), leftData.HorizontalCenter, top - headerSize * 0.6f, headerSize, leftData.Width,
            LessonColors.Black, bold: true, SKTextAlign.Center);
        canvas.PlotTextFitted(RightHeader.For(lang), (split + w) / 2f, top - headerSize * 0.6f, headerSize, (w - split) * 0.92f,
            LessonColors.Black, bold: true, SKTextAlign.Center);
        canvas.PlotHeading(Title.For(lang), string.Format(Subtitle.For(lang), Ceiling(sigmoidMax, lang)), subtitleWidth: 0.97f);

        return new FigurePanels(surface.Save(path), [leftData, rightData], [left.Axes.GetLimits(), right.Axes.GetLimits()]);
    }

    private static Plot DerivativePanel(IReadOnlyList<ActivationSampling> samplings, double sigmoidMax, Lang lang, FigureSize size)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        // The ceiling of σ′, labelled just above the line on the right, clear of the curves.
        plot.Add.HorizontalLine(sigmoidMax, FigureTheme.Line(size), ActivationCard.Sigmoid.Color, LinePattern.Dashed);
        var ceiling = plot.Add.Text(string.Format(CeilingLabel.For(lang), Ceiling(sigmoidMax, lang)), ZMax, sigmoidMax);
        ceiling.LabelFontSize = FigureTheme.Legend(size);
        FigureTheme.SetBold(ceiling.LabelStyle, true);
        ceiling.LabelFontColor = ActivationCard.Sigmoid.Color;
        ceiling.LabelAlignment = Alignment.LowerRight;
        ceiling.OffsetX = -FigureTheme.Tick(size) * 0.4f;
        ceiling.OffsetY = -FigureTheme.Tick(size) * 0.3f;
        for (var i = 0; i < samplings.Count; i++)
        {
            var card = ActivationCard.All[i];
            var line = plot.Add.ScatterLine(samplings[i].Z, samplings[i].Derivatives, card.Color);
            line.LineWidth = FigureTheme.Line(size) * 1.5f;
            line.LegendText = card.DerivativeFormula;
        }
        plot.Axes.SetLimits(ZMin, ZMax, -0.05, 1.5);  // headroom above 1 for the legend
        plot.Axes.Bottom.TickGenerator = FixedTicks.Every(2, ZMin, ZMax, lang);
        plot.Axes.Left.TickGenerator = FixedTicks.Every(0.25, 0, 1, lang);
        plot.XLabel("z");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontSize = FigureTheme.Legend(size);
        return plot;
    }

    /// <summary>log₁₀ of (max f′)ⁿ for n = 1..<see cref="Layers"/>, plotted on a linear axis labelled in powers of ten.</summary>
    private static Plot FactorPanel(double sigmoidMax, double reluMax, Lang lang, FigureSize size)
    {
        var plot = new Plot();
        FigureTheme.Apply(plot, size);
        var n = Enumerable.Range(1, Layers).Select(k => (double)k).ToArray();
        var sigmoidLog = n.Select(k => k * Math.Log10(sigmoidMax)).ToArray();
        var reluLog = n.Select(k => k * Math.Log10(reluMax)).ToArray();

        var relu = plot.Add.Scatter(n, reluLog, ActivationCard.Relu.Color);
        relu.LineWidth = FigureTheme.Line(size) * 1.5f;
        relu.MarkerSize = FigureTheme.Line(size) * 2.5f;
        relu.LegendText = string.Format("ReLU: {0}ⁿ = {0}", Ceiling(reluMax, lang));
        var sigmoid = plot.Add.Scatter(n, sigmoidLog, ActivationCard.Sigmoid.Color);
        sigmoid.LineWidth = FigureTheme.Line(size) * 1.5f;
        sigmoid.MarkerSize = FigureTheme.Line(size) * 2.5f;
        sigmoid.LegendText = string.Format("{0}: {1}ⁿ", ActivationCard.Sigmoid.Name.For(lang), Ceiling(sigmoidMax, lang));

        // Call out one value: after 10 sigmoid layers about a millionth of the gradient is left.
        var highlight = HighlightLayers * Math.Log10(sigmoidMax);
        var callout = plot.Add.Text(
            $"{Ceiling(sigmoidMax, lang)}{NumberText.Superscript(HighlightLayers)} ≈ {NumberText.Scientific(Math.Pow(sigmoidMax, HighlightLayers), 1, lang)}",
            HighlightLayers, highlight);
        callout.LabelFontSize = FigureTheme.Legend(size);
        callout.LabelFontColor = LessonColors.Black;
        callout.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        callout.LabelBorderColor = ActivationCard.Sigmoid.Color;
        callout.LabelBorderWidth = 1.5f;
        callout.LabelPadding = 4;
        // Above and to the right of the point: the line falls to the right, so the box stays clear of it.
        callout.LabelAlignment = Alignment.LowerLeft;
        callout.OffsetX = FigureTheme.Tick(size) * 0.6f;
        callout.OffsetY = -FigureTheme.Tick(size) * 0.6f;
        var point = plot.Add.Marker(HighlightLayers, highlight, MarkerShape.OpenCircle, FigureTheme.Line(size) * 6f, LessonColors.Black);
        point.MarkerStyle.LineWidth = FigureTheme.Line(size) * 0.6f;

        var bottom = Math.Floor(Layers * Math.Log10(sigmoidMax)) - 0.5;
        plot.Axes.SetLimits(0.3, Layers + 0.7, bottom, 1.0);
        plot.Axes.Bottom.TickGenerator = FixedTicks.Every(5, 5, Layers, lang);
        plot.Axes.Left.TickGenerator = PowersOfTen(bottom, 0, 3);
        plot.XLabel(LayersLabel.For(lang));
        plot.YLabel(FactorLabel.For(lang));
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Legend.FontSize = FigureTheme.Legend(size);
        return plot;
    }

    /// <summary>Ticks at 10⁰, 10⁻ᵏ, 10⁻²ᵏ, … for a log₁₀ axis.</summary>
    private static ScottPlot.TickGenerators.NumericManual PowersOfTen(double min, double max, int every)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var e = (int)Math.Floor(max); e >= min; e -= every)
        {
            ticks.AddMajor(e, NumberText.PowerOfTen(e));
        }
        return ticks;
    }

    /// <summary>A measured maximum of f′ as the figure quotes it: at most 4 decimals ("0,25", "1").</summary>
    private static string Ceiling(double value, Lang lang) => NumberText.Plain(value, lang, 4);
}
