using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Figures.Slide8;

/// <summary>
/// Stage 2: the 224×224 centre crop the network gets, and the three channels of its input tensor as maps on one
/// symmetric diverging scale, each with its real min…max: x = (v/255 − mean[c]) / std[c] for an ImageNet classifier,
/// x = v − M (channels B, G, R) for the lecture's ResNet-18.
/// </summary>
internal static class PreprocessingPanel
{
    /// <summary>Where the crop and the three channel maps go inside the panel's content area (real pixels).</summary>
    public sealed record Geometry(SKRect Crop, IReadOnlyList<SKRect> Channels);

    public static Geometry Place(SKRect content, float scale)
    {
        var crop = SKRect.Create(content.Left, content.Top, 170 * scale, 170 * scale);
        var gap = 12 * scale;
        var mapSide = (content.Width - 2 * gap) / 3;
        var mapTop = crop.Bottom + 52 * scale;
        return new Geometry(crop, Enumerable.Range(0, 3).Select(ch => SKRect.Create(content.Left + ch * (mapSide + gap), mapTop, mapSide, mapSide)).ToArray());
    }

    public static void Draw(SlideCanvas c, SKRect content, RgbImage resized, RgbImage cropped, NormalizedChannels channels, Lang lang,
        InputKind kind = InputKind.ImageNetNormalised, IReadOnlyList<float>? meanImageChannelMeans = null)
    {
        var meanImage = kind == InputKind.ResNetMeanImage;
        // 0…255 values minus a mean need no decimals; normalised values (about ±2) need two.
        var decimals = meanImage ? 0 : 2;
        var geometry = Place(content, c.Scale);

        // Row 1: the crop and where it came from.
        var crop = geometry.Crop;
        c.Image(cropped, crop);
        c.Rect(crop, null, SlideCanvas.Frame, 1);
        var textX = crop.Right + c.S(18);
        c.Text($"{cropped.Height}×{cropped.Width}×3", textX, crop.Top + c.S(34), 26, SlideCanvas.Ink, bold: true);
        c.Text("uint8", textX, crop.Top + c.S(66), 19, SlideCanvas.Muted);
        c.Wrapped(PipelineTexts.CropOf($"{resized.Height}×{resized.Width}").For(lang), textX, crop.Top + c.S(96), content.Right - textX, 19, SlideCanvas.Muted);

        // Row 2: the three channels of the tensor, on one colour scale.
        var limit = channels.Limit;
        for (var ch = 0; ch < 3; ch++)
        {
            var rect = geometry.Channels[ch];
            c.Text(channels.Names[ch], rect.MidX, rect.Top - c.S(10), 22, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            c.Heatmap(channels.Map(ch), channels.Width, channels.Height, v => MapColors.Diverging(v, limit), rect);
            c.Rect(rect, null, SlideCanvas.Frame, 1);
            // Three ranges side by side: shrink the text (never below 12 design pixels) so neighbours keep a gap.
            var range = $"{NumberText.Signed(channels.Min[ch], decimals, lang)} … {NumberText.Signed(channels.Max[ch], decimals, lang)}";
            var fitted = Math.Max(12f, Math.Min(16f, 16f * (rect.Width - c.S(8)) / c.TextWidth(range, 16)));
            c.Text(range, rect.MidX, rect.Bottom + c.S(25), fitted, SlideCanvas.Ink, align: SKTextAlign.Center);
        }

        // Row 3: the shared colour scale and the formula that made the numbers.
        var barTop = geometry.Channels[0].Bottom + c.S(50);
        var bar = new SKRect(content.Left + c.S(34), barTop, content.Right - c.S(34), barTop + c.S(16));
        c.ColorBar(bar, t => MapColors.Diverging((2 * t - 1) * limit, limit));
        var tickY = bar.Bottom + c.S(24);
        c.Text(NumberText.Signed(-limit, decimals, lang), bar.Left, tickY, 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(NumberText.Signed(limit, decimals, lang), bar.Right, tickY, 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text((meanImage ? PipelineTexts.MeanImageIsWhite : PipelineTexts.MeanIsWhite).For(lang), bar.MidX, tickY, 16, SlideCanvas.Muted, align: SKTextAlign.Center);
        var formula = meanImage ? PipelineTexts.MeanImageFormula : PipelineTexts.Formula;
        var y = c.Wrapped(formula.For(lang), content.MidX, tickY + c.S(46), content.Width, 20, SlideCanvas.Ink, align: SKTextAlign.Center);
        var details = meanImage ? PipelineTexts.MeanImage(meanImageChannelMeans ?? []) : PipelineTexts.MeanStd(ImageNetPreprocessing.Mean, ImageNetPreprocessing.Std);
        c.Wrapped(details.For(lang), content.MidX, y + c.S(24), content.Width, 16, SlideCanvas.Muted, align: SKTextAlign.Center);
    }
}
