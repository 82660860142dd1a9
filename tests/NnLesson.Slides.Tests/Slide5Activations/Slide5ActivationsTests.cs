using NnLesson.Figures.Common;
using NnLesson.Figures.Slide5Activations;
using Slide5 = NnLesson.Slides.Lessons.Slide5Activations;
using NnLesson.Slides.Reporting;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide5Activations;

public class Slide5ActivationsTests
{
    private static readonly FigureSize Size = new(800, 450);

    private static SlideRun Run(Lang lang) => SlideRun.Of(Slide5.Run, Size, lang);

    private static readonly Lazy<SlideRun> Ukrainian = new(() => Run(Lang.Uk));

    [Fact]
    public void Writes_both_figures_at_the_requested_size()
    {
        var (outcome, _, folder) = Ukrainian.Value;
        Assert.Equal(Slide5.FigureFiles, outcome.Figures.Select(f => f.FileName).ToList());
        foreach (var file in Slide5.FigureFiles)
        {
            using var bitmap = PngAssert.IsFigure(Path.Combine(folder, file), Size.Width, Size.Height);
        }
    }

    [Fact]
    public void Prints_values_and_derivatives_at_zero_that_match_the_hand_computed_ones()
    {
        var (_, reporter, _) = Ukrainian.Value;
        // At z = 0: σ = 0.5, σ′ = 0.25, tanh = 0, tanh′ = 1, ReLU = 0, ReLU′ = 0 (kink convention).
        var row = reporter.Lines.Single(l => l.TrimStart().StartsWith("0 ", StringComparison.Ordinal));
        var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["0", "0,5000", "0,2500", "0,0000", "1,0000", "0,0000", "0,0000"], cells); // Ukrainian run: decimal comma
        // At z = 2: σ = 1/(1 + e⁻²) = 0.880797, σ′ = 0.104994, tanh 2 = 0.964028, tanh′ = 0.070651, ReLU = 2, ReLU′ = 1.
        var two = reporter.Lines.Single(l => l.TrimStart().StartsWith("2 ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2", "0,8808", "0,1050", "0,9640", "0,0707", "2,0000", "1,0000"], two);
    }

    [Fact]
    public void Measures_the_sigmoid_ceiling_and_the_gradient_left_after_ten_layers()
    {
        var (outcome, _, _) = Ukrainian.Value;
        var metrics = outcome.Metrics!;
        Assert.Equal(0.25, (double)metrics["max_sigmoid_derivative"]!);
        Assert.Equal(1.0, (double)metrics["max_tanh_derivative"]!);
        Assert.Equal(1.0, (double)metrics["max_relu_derivative"]!);
        // 0.25¹⁰ = 2⁻²⁰ = 1 / 1 048 576 = 9.5367431640625e-7 exactly.
        Assert.Equal(9.5367431640625e-7, (double)metrics["sigmoid_factor_10_layers"]!);
    }

    [Fact]
    public void Figures_are_deterministic_and_differ_between_languages()
    {
        var (uk, _, _) = Ukrainian.Value;
        var (ukAgain, _, _) = Run(Lang.Uk);
        var (en, _, _) = Run(Lang.En);
        Assert.Equal(uk.Figures.Select(f => f.Sha256), ukAgain.Figures.Select(f => f.Sha256));
        for (var i = 0; i < uk.Figures.Count; i++)
        {
            Assert.NotEqual(uk.Figures[i].Sha256, en.Figures[i].Sha256);
        }
    }

    private static SKColor At(FigurePanels layout, SKBitmap bitmap, int panel, double x, double y)
    {
        var p = layout.PixelOf(panel, x, y);
        return bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y));
    }

    private static bool IsWhite(SKColor c) => c.Red >= 248 && c.Green >= 248 && c.Blue >= 248;

    private static bool IsGreyShade(SKColor c) => !IsWhite(c) && Math.Abs(c.Red - c.Blue) < 8 && Math.Abs(c.Red - c.Green) < 8 && c.Red > 180;

    [Fact]
    public void Activation_panels_shade_exactly_the_stretches_where_the_gradient_vanishes()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), ActivationsFigure.FileName);
        var layout = ActivationsFigure.Save(Lang.En, Size, path);
        using var bitmap = PngAssert.IsFigure(path, Size.Width, Size.Height);
        Assert.Equal(3, layout.DataRects.Count);
        // Sigmoid (panel 0): flat for |z| > 2.89, so z = −4.5 is shaded and z = −1.5 (above the curve) is not.
        Assert.True(IsGreyShade(At(layout, bitmap, 0, -4.5, 0.5)), $"sigmoid at z = −4.5: {At(layout, bitmap, 0, -4.5, 0.5)}");
        Assert.True(IsWhite(At(layout, bitmap, 0, -1.5, 0.75)), $"sigmoid at z = −1.5: {At(layout, bitmap, 0, -1.5, 0.75)}");
        // ReLU (panel 2): flat for every z < 0, never for z > 0.
        Assert.True(IsGreyShade(At(layout, bitmap, 2, -2.2, 3.1)), $"ReLU at z = −2.2: {At(layout, bitmap, 2, -2.2, 3.1)}");
        Assert.True(IsWhite(At(layout, bitmap, 2, 1.3, 4.1)), $"ReLU at z = 1.3: {At(layout, bitmap, 2, 1.3, 4.1)}");
        // The curve itself: ReLU(3) = 3 is drawn in the ReLU colour.
        var onCurve = At(layout, bitmap, 2, 3, 3);
        Assert.True(onCurve.Green > onCurve.Red + 60, $"ReLU(3) = 3 should be on the green curve, was {onCurve}");
    }

    [Fact]
    public void Derivative_figure_marks_the_sigmoid_ceiling_and_shows_its_powers_falling_while_relu_stays_at_one()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), DerivativesFigure.FileName);
        var layout = DerivativesFigure.Save(Lang.Uk, Size, path);
        using var bitmap = PngAssert.IsFigure(path, Size.Width, Size.Height);
        var blue = ActivationCard.Sigmoid.Color;
        bool IsSigmoidBlue(SKColor c) => Math.Abs(c.Red - blue.R) < 40 && Math.Abs(c.Green - blue.G) < 40 && Math.Abs(c.Blue - blue.B) < 40;

        // Left panel: a dashed line at f′ = 0.25 — some samples along it land on dashes, none 0.15 below it.
        var onCeiling = Enumerable.Range(0, 30).Count(i => IsSigmoidBlue(At(layout, bitmap, 0, -5.5 + i * 0.1, 0.25)));
        var belowCeiling = Enumerable.Range(0, 30).Count(i => IsSigmoidBlue(At(layout, bitmap, 0, -5.5 + i * 0.1, 0.10)));
        Assert.True(onCeiling >= 10, $"the σ′ ≤ 0.25 line should be drawn ({onCeiling} of 30 samples blue)");
        Assert.Equal(0, belowCeiling);

        // Right panel (log₁₀ axis): the sigmoid series passes through n·log₁₀(0.25) and ReLU through 0 for every n.
        foreach (var n in new[] { 3, 7, 15 })
        {
            var sigmoid = At(layout, bitmap, 1, n, n * Math.Log10(0.25));
            Assert.True(IsSigmoidBlue(sigmoid), $"0.25^{n} should lie on the sigmoid line, was {sigmoid}");
            var relu = At(layout, bitmap, 1, n, 0);
            Assert.True(relu.Green > relu.Red + 60, $"1^{n} = 1 should lie on the ReLU line, was {relu}");
        }
        // And the sigmoid line is not at 1: at n = 15 the point at 10⁰ is ReLU's, not sigmoid's.
        Assert.False(IsSigmoidBlue(At(layout, bitmap, 1, 15, -2)), "nothing blue should be drawn at n = 15, 10⁻²");
    }
}
