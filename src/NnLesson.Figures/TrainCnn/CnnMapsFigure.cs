namespace NnLesson.Figures.TrainCnn;

/// <summary>
/// train_cnn_maps.png: one test image through the trained network, left to right — the input, each convolution's feature
/// maps after ReLU, each pooling's, the dense layer's 120 values, and the softmax probabilities with the class names.
/// Each map is drawn on its own scale (0 black … its maximum white), so a map that barely fires still shows where.
/// </summary>
public static class CnnMapsFigure
{
    public const string FileName = "train_cnn_maps.png";

    public static SavedFigure Save(CnnMapsData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, CnnMapsData data, Lang lang)
    {
        c.Heading(TrainCnnTexts.MapsTitle.For(lang), TrainCnnTexts.MapsNote.For(lang), wrapSubtitle: true);
        var names = data.Names.For(lang);
        const float top = 170, bottom = 880;
        // The input.
        var image = data.Example.Image;
        var inputBox = c.Box(30, 300, 150, 150);
        c.Heatmap(image.Pixels.Select(p => (float)p).ToArray(), image.Width, image.Height, v => CnnFiltersFigure.Grey(v / 255f), inputBox);
        c.Rect(inputBox, null, SlideCanvas.Frame, 1);
        c.Text(TrainCnnTexts.Input.For(lang), c.X(105), c.Y(top + 20), 19, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Text($"[1, {image.Height}, {image.Width}]", c.X(105), c.Y(top + 44), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(names[data.Example.TrueClass], c.X(105), c.Y(480), 18, SlideCanvas.Ink, align: SKTextAlign.Center);

        var maps = data.Layers.Where(l => l.Height > 1).ToList();
        var vectors = data.Layers.Where(l => l.Height == 1).ToList();
        var x = 210f;
        const float mapsWidth = 220;
        foreach (var layer in maps)
        {
            c.Text(layer.Name, c.X(x + mapsWidth / 2), c.Y(top + 20), 19, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Text($"[{layer.Channels}, {layer.Height}, {layer.Width}]", c.X(x + mapsWidth / 2), c.Y(top + 44), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            var columns = layer.Channels <= 8 ? 2 : layer.Channels <= 32 ? 4 : 8;
            var rows = (layer.Channels + columns - 1) / columns;
            var gap = 4f;
            var tile = Math.Min((mapsWidth - (columns - 1) * gap) / columns, (bottom - top - 70 - (rows - 1) * gap) / rows);
            var left = x + (mapsWidth - columns * tile - (columns - 1) * gap) / 2;
            var plane = layer.Height * layer.Width;
            for (var ch = 0; ch < layer.Channels; ch++)
            {
                var values = layer.Values.AsSpan(ch * plane, plane).ToArray();
                var max = Math.Max(1e-6f, values.Max());
                var rect = c.Box(left + ch % columns * (tile + gap), top + 65 + ch / columns * (tile + gap), tile, tile);
                c.Heatmap(values, layer.Width, layer.Height, v => CnnFiltersFigure.Grey(Math.Max(0, v) / max), rect);
            }
            x += mapsWidth + 25;
        }
        // The dense layers as columns of cells (the hidden layer) and the softmax as bars with names.
        foreach (var layer in vectors)
        {
            c.Text(layer.Name, c.X(x + 40), c.Y(top + 20), 19, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Text($"[{layer.Channels}]", c.X(x + 40), c.Y(top + 44), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            var max = Math.Max(1e-6f, layer.Values.Max());
            var columns = (int)Math.Ceiling(layer.Channels / 60.0);
            var rows = (layer.Channels + columns - 1) / columns;
            var cell = Math.Min(80f / columns, (bottom - top - 70) / rows);
            var grid = new float[rows * columns];
            layer.Values.AsSpan(0, layer.Channels).CopyTo(grid);
            c.Heatmap(grid, columns, rows, v => CnnFiltersFigure.Grey(Math.Max(0, v) / max), c.Box(x + 40 - columns * cell / 2, top + 65, columns * cell, rows * cell));
            x += 110;
        }
        c.Text(TrainCnnTexts.Probabilities.For(lang), c.X(x + 130), c.Y(top + 20), 19, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Text($"softmax [{data.Probabilities.Length}]", c.X(x + 130), c.Y(top + 44), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        var barTop = top + 80;
        var step = Math.Min(60f, (bottom - barTop) / data.Probabilities.Length);
        var barWidth = 1560 - x - 10;
        for (var k = 0; k < data.Probabilities.Length; k++)
        {
            var y = barTop + k * step;
            var isAnswer = k == data.Example.Predicted;
            var color = isAnswer ? (data.Example.Correct ? CnnConfusionFigure.Right : new SKColor(0xD0, 0x10, 0x10)) : new SKColor(0x99, 0x99, 0x99);
            c.Text(c.Ellipsize(names[k], c.S(barWidth - 80), 16), c.X(x), c.Y(y + 14), 16, isAnswer ? SlideCanvas.Ink : SlideCanvas.Muted, bold: isAnswer);
            var length = (float)Math.Max(0.005, data.Probabilities[k]) * (barWidth - 80);
            c.Rect(c.Box(x, y + 20, length, step * 0.3f), color, null);
            c.Text(NumberText.Percent(data.Probabilities[k], lang), c.X(x + length + 6), c.Y(y + 20 + step * 0.3f), 14, SlideCanvas.Muted);
        }
    }
}
