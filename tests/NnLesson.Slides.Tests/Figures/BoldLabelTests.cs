using NnLesson.Figures.Style;
using ScottPlot;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// ScottPlot 5.1 fixes a typeface into each label when a plot's font is set, and then ignores the label's Bold
/// flag: slide 3 and slide 5 titles meant to be bold came out regular. <see cref="FigureTheme.SetBold"/> undoes that.
/// </summary>
public class BoldLabelTests
{
    /// <summary>Dark pixels of a title rendered alone (same text, size and font; only the weight may differ).</summary>
    private static int TitleInk(Action<Plot> style)
    {
        using var plot = new Plot();
        FigureTheme.Apply(plot, new FigureSize(640, 360));
        plot.Title("Перцептрон навчився AND");
        style(plot);
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(640, 360, ImageFormat.Png));
        var ink = 0;
        for (var y = 0; y < 60; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Red < 110)
                {
                    ink++;
                }
            }
        }
        return ink;
    }

    [Fact]
    public void Theme_titles_are_bold_and_set_bold_switches_the_weight()
    {
        var themed = TitleInk(_ => { });
        var regular = TitleInk(p => FigureTheme.SetBold(p.Axes.Title.Label, false));
        var boldAgain = TitleInk(p => FigureTheme.SetBold(p.Axes.Title.Label, true));
        Assert.True(regular > 200, $"the title left too little ink ({regular})");
        Assert.True(themed > regular * 1.15, $"a themed title should be bold: {themed} dark pixels vs {regular} regular");
        Assert.Equal(themed, boldAgain);
    }

    [Fact]
    public void Text_labels_get_bold_through_set_bold()
    {
        int Ink(bool bold)
        {
            using var plot = new Plot();
            FigureTheme.Apply(plot, new FigureSize(640, 360));
            plot.Layout.Frameless();
            plot.HideGrid();
            var text = plot.Add.Text("Навчені ваги:", 0, 0);
            text.LabelFontSize = 40;
            FigureTheme.SetBold(text.LabelStyle, bold);
            using var bitmap = SKBitmap.Decode(plot.GetImageBytes(640, 360, ImageFormat.Png));
            return bitmap.Pixels.Count(p => p.Red < 110);
        }
        Assert.True(Ink(true) > Ink(false) * 1.15, "a bold text label should leave more ink than a regular one");
    }
}
