using NnLesson.Figures.Output;
using NnLesson.Figures.Slide8;
using NnLesson.Figures.Style;
using SkiaSharp;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_depth.png: the 224×224 input, then each stage of the network left to right — three of its maps
/// (viridis, each map on its own scale), its shape [C, H, W] and its receptive field in input pixels.
/// </summary>
public static class DepthFigure
{
    public const string FileName = "slide7_depth.png";

    public static SavedFigure Save(DepthData data, Lang lang, FigureSize size, string path) =>
        Slide7Surface.Save(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, DepthData d, Lang lang)
    {
        Slide7Surface.Titles(c, Slide7Texts.DepthTitle.For(lang), Slide7Texts.DepthSubtitle.For(lang));
        var columns = d.Stages.Count + 1;
        const float gap = 22, side = 200;
        var width = (1520f - (columns - 1) * gap) / columns;
        for (var i = 0; i < columns; i++)
        {
            var x = 40 + i * (width + gap);
            var box = Slide7Surface.R(c, x, 150, width, 700);
            c.Rect(box, i == 0 ? SKColors.White : SlideCanvas.PanelFill, SlideCanvas.Frame, 1.5f, 12);
            var cx = box.MidX;
            if (i == 0)
            {
                c.Text(Slide7Texts.DepthInput.For(lang), cx, c.S(188), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
                c.Image(d.Crop, Slide7Surface.R(c, x + (width - side) / 2, 215, side, side));
                c.Text("[3, 224, 224]", cx, c.S(762), 20, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
                c.Text(Slide7Texts.ReceptiveField(1).For(lang), cx, c.S(794), 15, SlideCanvas.Muted, align: SKTextAlign.Center);
                continue;
            }
            var stage = d.Stages[i - 1];
            c.Text(stage.Label, cx, c.S(188), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            for (var m = 0; m < stage.Maps.Count; m++)
            {
                var (channel, map) = stage.Maps[m];
                var (min, max) = (map.Min(), map.Max());
                var span = Math.Max(max - min, 1e-6f);
                var rect = Slide7Surface.R(c, x + (width - 160) / 2, 212 + m * 170, 160, 160);
                c.Heatmap(map, stage.Width, stage.Height, v => MapColors.Viridis((v - min) / span), rect);
                c.Text($"#{channel}", rect.Right + c.S(4), rect.Bottom - c.S(2), 13, SlideCanvas.Muted);
            }
            c.Text($"[{stage.Channels}, {stage.Height}, {stage.Width}]", cx, c.S(762), 20, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Wrapped(Slide7Texts.ReceptiveField(stage.ReceptiveField).For(lang), cx, c.S(782), c.S(width - 16), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            c.Arrow(box.Left - c.S(gap) + c.S(2), box.Left - c.S(2), c.S(315), LessonColors.Grey.ToSKColor(), 3);
        }
        c.Text(d.NetworkName, c.S(800), c.S(885), 15, SlideCanvas.Muted, align: SKTextAlign.Center);
    }
}
