using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Figures.Common;
using NnLesson.Figures.Slide4;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide4;

/// <summary>
/// The hidden-unit figure drawn for a hand-made network whose units have known switch-on lines, so each
/// panel's pixels can be predicted: white where h = 0, green where the unit is on, a dashed line at z = 0.
/// </summary>
public class HiddenUnitsFigureTests
{
    private static readonly FigureSize Size = new(800, 450);
    private static readonly PlaneBounds Plane = new(-2, 2, -2, 2);

    /// <summary>
    /// W1 columns (w₁, w₂) and b1: unit 0 is silent everywhere (w = 0, b = −1); unit 1 is on for x₁ &gt; 0;
    /// unit 2 is on for x₂ &lt; 0.5; units 3..7 are some other lines.
    /// </summary>
    private static TwoLayerMlp HandMadeNetwork()
    {
        double[] w1Col = [0, 1, 0, 0.5, -0.5, 1, -1, 0.3];
        double[] w2Col = [0, 0, -1, 0.5, 0.5, -1, 0.2, 0.7];
        double[] b1 = [-1, 0, 0.5, 0, 0.2, -0.5, 0, 0.1];
        var w1 = new Matrix(2, 8);
        for (var j = 0; j < 8; j++)
        {
            w1[0, j] = w1Col[j];
            w1[1, j] = w2Col[j];
        }
        var w2 = new Matrix(8, 1, [1, 1, 1, 1, 1, 1, 1, 1]);
        return new TwoLayerMlp(w1, b1, w2, [0]);
    }

    /// <summary>The figure is drawn once and shared: every test here only reads its pixels.</summary>
    private static readonly Lazy<(FigurePanels Layout, SKBitmap Bitmap)> Rendered = new(() =>
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), HiddenUnitsFigure.FileName);
        var layout = HiddenUnitsFigure.Save(HandMadeNetwork(), Plane, seed: 0, Lang.Uk, Size, path);
        return (layout, PngAssert.IsFigure(path, Size.Width, Size.Height));
    });

    private static (FigurePanels Layout, SKBitmap Bitmap) Render() => Rendered.Value;

    private static SKColor At(FigurePanels layout, SKBitmap bitmap, int unit, double x1, double x2)
    {
        var p = layout.PixelOf(unit, x1, x2);
        return bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y));
    }

    private static bool IsWhite(SKColor c) => c.Red >= 248 && c.Green >= 248 && c.Blue >= 248;

    private static bool IsGreen(SKColor c) => c.Green > c.Red + 40 && c.Green > c.Blue;

    private static int Brightness(SKColor c) => c.Red + c.Green + c.Blue;

    [Fact]
    public void Figure_has_one_panel_per_hidden_unit_in_a_two_by_four_grid()
    {
        var (layout, bitmap) = Render();
        {
            Assert.Equal(8, layout.DataRects.Count);
            // Units 0..3 on the top row, left to right; 4..7 below them.
            for (var j = 0; j < 4; j++)
            {
                Assert.True(layout.DataRects[j].Bottom < layout.DataRects[j + 4].Top, $"unit {j} should be above unit {j + 4}");
                if (j < 3)
                {
                    Assert.True(layout.DataRects[j].Right < layout.DataRects[j + 1].Left, $"unit {j} should be left of unit {j + 1}");
                }
            }
        }
    }

    [Fact]
    public void A_unit_that_is_negative_everywhere_shows_as_an_empty_white_panel()
    {
        var (layout, bitmap) = Render();
        {
            foreach (var (x1, x2) in new[] { (-1.5, -1.5), (-1.0, 1.0), (1.0, 1.5), (1.5, -1.0), (0.0, 1.5), (0.0, -1.5) })
            {
                var c = At(layout, bitmap, 0, x1, x2);
                Assert.True(IsWhite(c), $"silent unit 0 at ({x1}, {x2}) should be white, was {c}");
            }
        }
    }

    [Fact]
    public void A_unit_is_green_on_its_active_side_and_white_on_the_other()
    {
        var (layout, bitmap) = Render();
        {
            // Unit 1: z = x₁.
            Assert.True(IsGreen(At(layout, bitmap, 1, 1.5, 0.7)), $"unit 1 at x₁ = 1.5: {At(layout, bitmap, 1, 1.5, 0.7)}");
            Assert.True(IsWhite(At(layout, bitmap, 1, -1.5, 0.7)), $"unit 1 at x₁ = −1.5: {At(layout, bitmap, 1, -1.5, 0.7)}");
            // Unit 2: z = −x₂ + 0.5.
            Assert.True(IsGreen(At(layout, bitmap, 2, 0.7, -1.5)), $"unit 2 at x₂ = −1.5: {At(layout, bitmap, 2, 0.7, -1.5)}");
            Assert.True(IsWhite(At(layout, bitmap, 2, 0.7, 1.5)), $"unit 2 at x₂ = 1.5: {At(layout, bitmap, 2, 0.7, 1.5)}");
            // A larger activation is a darker green on the shared scale: h = 2.0 (unit 2) vs h = 1.5 (unit 1).
            Assert.True(Brightness(At(layout, bitmap, 2, 0.7, -1.5)) < Brightness(At(layout, bitmap, 1, 1.5, 0.7)) - 20,
                "h = 2.0 should be drawn darker than h = 1.5");
        }
    }

    [Fact]
    public void The_switch_on_line_z_equals_zero_is_drawn_dark_and_a_silent_unit_has_none()
    {
        var (layout, bitmap) = Render();
        {
            int DarkAlong(int unit, Func<double, (double X1, double X2)> along)
            {
                var dark = 0;
                for (var i = 0; i <= 40; i++)
                {
                    var t = -1.8 + 3.6 * i / 40;
                    var (x1, x2) = along(t);
                    if (Brightness(At(layout, bitmap, unit, x1, x2)) < 250)
                    {
                        dark++;
                    }
                }
                return dark;
            }
            // Unit 1 switches on along x₁ = 0; unit 2 along x₂ = 0.5 (dashed, so not every sample is on a dash).
            Assert.True(DarkAlong(1, t => (0, t)) >= 12, "unit 1: the dashed line x₁ = 0 should be visible");
            Assert.True(DarkAlong(2, t => (t, 0.5)) >= 12, "unit 2: the dashed line x₂ = 0.5 should be visible");
            // The silent unit's panel has no line; its note sits in the middle, so look away from it.
            Assert.Equal(0, DarkAlong(0, t => (t, 1.5)));
        }
    }

    [Fact]
    public void Rejects_networks_it_cannot_lay_out()
    {
        var wide = TwoLayerMlp.CreateRandom(2, 9, new Random(1));
        var path = Path.Combine(RepoPaths.NewTempFolder(), "x.png");
        Assert.Throws<ArgumentException>(() => HiddenUnitsFigure.Save(wide, Plane, 1, Lang.En, Size, path));
        Assert.False(File.Exists(path));
    }
}
