using NnLesson.Vision.Inspection;

namespace NnLesson.Figures.Slide8;

/// <summary>
/// Stage 3: real activations of the network's first convolution layer for this photo: the most varied
/// maps (chosen before drawing, <see cref="ShownMaps"/>) on one shared viridis scale from the smallest to the largest
/// value shown, with the layer's name, operators, tensor shape and how the numbers were obtained.
/// </summary>
public static class FeatureMapsPanel
{
    public const int Shown = 12;
    private const int Columns = 4;

    /// <summary>
    /// Draws the maps <paramref name="shown"/> chose (channel indices, and the value range they share) with the layer's
    /// name (<paramref name="layerLabel"/> in both languages, else the graph's node name).
    /// </summary>
    public static void Draw(SlideCanvas c, SKRect content, FeatureMaps maps, ShownMaps shown, Lang lang, Localized? layerLabel = null)
    {
        var channels = shown.Channels;
        var (min, max) = (shown.Min, shown.Max);
        var span = Math.Max(max - min, 1e-6f);

        var rects = Place(content, c.Scale, channels.Count);
        for (var i = 0; i < channels.Count; i++)
        {
            var rect = rects[i];
            c.Text($"#{channels[i]}", rect.MidX, rect.Top - c.S(6), 16, SlideCanvas.Muted, align: SKTextAlign.Center);
            c.Heatmap(maps.Map(channels[i]), maps.Width, maps.Height, v => MapColors.Viridis((v - min) / span), rect);
        }

        var barTop = rects[^1].Bottom + c.S(16);
        var bar = new SKRect(content.Left + c.S(40), barTop, content.Right - c.S(40), barTop + c.S(16));
        c.ColorBar(bar, MapColors.Viridis);
        c.Text(NumberText.Fixed(min, 2, lang), bar.Left, bar.Bottom + c.S(24), 17, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(NumberText.Fixed(max, 2, lang), bar.Right, bar.Bottom + c.S(24), 17, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(PipelineTexts.SharedScale.For(lang), bar.MidX, bar.Bottom + c.S(24), 17, SlideCanvas.Muted, align: SKTextAlign.Center);

        // The layer: its node name (one line, shortened if a exporter made it long), then its operators,
        // e.g. "Conv → BatchNormalization → Relu" for ResNet-18 or "QLinearConv" for the int8 MobileNetV2.
        var textY = bar.Bottom + c.S(64);
        c.Text(c.Ellipsize(layerLabel?.For(lang) ?? maps.Tap.LayerName, content.Width, 20, bold: true), content.MidX, textY, 20, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        textY = c.Wrapped(maps.Tap.Operators, content.MidX, textY + c.S(26), content.Width, 18, SlideCanvas.Ink, align: SKTextAlign.Center);
        textY = c.Wrapped(PipelineTexts.Shown(channels.Count, maps.Channels).For(lang), content.MidX, textY + c.S(22), content.Width, 18, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Wrapped(PipelineTexts.ValueNote(maps).For(lang), content.MidX, textY + c.S(22), content.Width, 18, SlideCanvas.Muted, align: SKTextAlign.Center);
    }

    /// <summary>Where map i of <paramref name="count"/> goes (real pixels): rows of four squares, each under a 24-pixel label band.</summary>
    public static SKRect[] Place(SKRect content, float scale, int count)
    {
        var gap = 8 * scale;
        var side = (content.Width - (Columns - 1) * gap) / Columns;
        return Enumerable.Range(0, count).Select(i =>
            SKRect.Create(content.Left + i % Columns * (side + gap), content.Top + i / Columns * (side + 28 * scale) + 24 * scale, side, side)).ToArray();
    }
}
