using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_depth.png: the 224×224 input, then each stage of the network left to right — three of its maps
/// (viridis, each map on its own scale), its shape [C, H, W] and its receptive field in input pixels.
/// </summary>
public static class DepthFigure
{
    public const string FileName = "slide7_depth.png";

    public static SavedFigure Save(DepthData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    /// <summary>Design-grid rows: every column puts its shape and receptive field on the same baselines, below the last map.</summary>
    private const float BoxTop = 125, BoxHeight = 650, LabelY = 162, MapsTop = 185, MapSide = 148, MapGap = 12,
        ShapeY = MapsTop + 3 * MapSide + 2 * MapGap + 40, FieldLabelY = ShapeY + 28, FieldSizeY = FieldLabelY + 24;

    private static void Draw(SlideCanvas c, DepthData d, Lang lang)
    {
        c.Heading(Slide7Texts.DepthTitle.For(lang), Slide7Texts.DepthSubtitle.For(lang), wrapSubtitle: true);
        var columns = d.Stages.Count + 1;
        const float gap = 22;
        var width = (1520f - (columns - 1) * gap) / columns;
        var channelWidth = c.TextWidth("#0000", 14) / c.Scale; // design pixels of the widest channel label
        for (var i = 0; i < columns; i++)
        {
            var x = 40 + i * (width + gap);
            var box = c.Box(x, BoxTop, width, BoxHeight);
            c.Rect(box, i == 0 ? SKColors.White : SlideCanvas.PanelFill, SlideCanvas.Frame, 1.5f, 12);
            var cx = box.MidX;
            int field;
            string shape;
            if (i == 0)
            {
                c.Text(Slide7Texts.DepthInput.For(lang), cx, c.S(LabelY), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
                var photoSide = Math.Min(width - 24, 190);
                c.Image(d.Crop, c.Box(x + (width - photoSide) / 2, MapsTop, photoSide, photoSide));
                (field, shape) = (1, $"[3, {d.Crop.Height}, {d.Crop.Width}]");
            }
            else
            {
                var stage = d.Stages[i - 1];
                c.Text(stage.Label, cx, c.S(LabelY), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
                // The map and its channel label, centred together inside the column.
                var mapLeft = x + (width - MapSide - 4 - channelWidth) / 2;
                for (var m = 0; m < stage.Maps.Count; m++)
                {
                    var (channel, map) = stage.Maps[m];
                    var (min, max) = (map.Min(), map.Max());
                    var span = Math.Max(max - min, 1e-6f);
                    var rect = c.Box(mapLeft, MapsTop + m * (MapSide + MapGap), MapSide, MapSide);
                    c.Heatmap(map, stage.Width, stage.Height, v => MapColors.Viridis((v - min) / span), rect);
                    c.Text($"#{channel}", rect.Right + c.S(4), rect.Bottom - c.S(2), 14, SlideCanvas.Muted);
                }
                (field, shape) = (stage.ReceptiveField, $"[{stage.Channels}, {stage.Height}, {stage.Width}]");
                c.Arrow(box.Left - c.S(gap) + c.S(2), box.Left - c.S(2), c.S(MapsTop + MapSide / 2), LessonColors.Grey.ToSKColor(), 3);
            }
            c.Text(shape, cx, c.S(ShapeY), 20, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Text(Slide7Texts.ReceptiveFieldLabel.For(lang), cx, c.S(FieldLabelY), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            c.Text(Slide7Texts.ReceptiveFieldSize(field).For(lang), cx, c.S(FieldSizeY), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        }
        var beyondFrame = d.Stages.FirstOrDefault(s => s.ReceptiveField > d.Crop.Width)?.Label;
        var note = c.Wrapped(Slide7Texts.DepthNote(beyondFrame, d.Crop.Width).For(lang), c.S(800), c.S(BoxTop + BoxHeight + 28), c.S(1500), 16, SlideCanvas.Ink, align: SKTextAlign.Center);
        c.Text(d.NetworkName, c.S(800), note + c.S(18), 14, SlideCanvas.Muted, align: SKTextAlign.Center);
    }
}
