using NnLesson.Figures.Output;
using NnLesson.Figures.Style;
using NnLesson.Figures.Text;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;
using SkiaSharp;

namespace NnLesson.Figures.Slide6;

/// <summary>
/// Slide 6: the photo on the left, the classifier's top-k as horizontal bars on the right (class name,
/// probability bar on a fixed 0–100 % scale, percentage), the model and backend named under the title.
/// For a CNN the photo shows, dashed, the centre 224×224 window the network actually sees; for the
/// colour fallback it shows the mean colour, and bars are painted in their colour class.
/// Drawn directly with SkiaSharp: a slide of text, bars and a photo needs no axes.
/// </summary>
public static class CnnInferenceFigure
{
    public const string FallbackFile = "slide6_fallback.png";

    /// <summary>"slide6_&lt;model&gt;.png" (e.g. slide6_mobilenetv2-12-int8.png) or "slide6_fallback.png".</summary>
    public static string FileName(ClassificationResult result) =>
        result.Backend == ColorFallbackClassifier.BackendName ? FallbackFile : $"slide6_{result.Model}.png";

    public static SavedFigure Save(RgbImage photo, string photoName, ClassificationResult result, int classCount, Lang lang, FigureSize size, string path)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Cannot create a {size} drawing surface.");
        Draw(surface.Canvas, photo, photoName, result, classCount, lang, size);
        return PngOutput.Save(surface, size, path);
    }

    /// <summary>Paints the figure and returns where the photo and the bars went (tests sample pixels there).</summary>
    public static CnnInferenceLayout Draw(SKCanvas canvas, RgbImage photo, string photoName, ClassificationResult result, int classCount, Lang lang, FigureSize size)
    {
        var isFallback = result.Backend == ColorFallbackClassifier.BackendName;
        float w = size.Width, h = size.Height;
        var margin = h * 0.045f;
        canvas.Clear(SKColors.White);

        using var title = Font(bold: true, FigureTheme.Title(size));
        using var subtitle = Font(bold: false, FigureTheme.Tick(size));
        using var footer = Font(bold: false, FigureTheme.Tick(size) * 0.9f);
        using var ink = Paint(new SKColor(0x22, 0x22, 0x22));
        using var grey = Paint(new SKColor(0x55, 0x55, 0x55));
        using var warning = Paint(SKColor.Parse("#B34700")); // dark vermillion: readable on white

        var y = margin + title.Size;
        var titleText = (isFallback ? CnnInferenceTexts.FallbackTitle : CnnInferenceTexts.Title).For(lang);
        canvas.DrawText(Fit(titleText, title, w - 2 * margin), margin, y, SKTextAlign.Left, title, ink);
        y += subtitle.Size * 1.7f;
        var isHead = result.Backend == Vision.Transfer.HeadClassifier.BackendName;
        var modelLine = isFallback ? CnnInferenceTexts.FallbackLine
            : isHead ? CnnInferenceTexts.HeadModelLine(result.Model, classCount) : CnnInferenceTexts.ModelLine(result.Model);
        canvas.DrawText(Fit(modelLine.For(lang), subtitle, w - 2 * margin), margin, y, SKTextAlign.Left, subtitle, isFallback ? warning : grey);

        var footerY = h - margin * 0.7f;
        var footerText = (isFallback ? CnnInferenceTexts.FallbackFooter : isHead ? CnnInferenceTexts.HeadFooter : CnnInferenceTexts.ModelFooter).For(lang);
        canvas.DrawText(Fit(footerText, footer, w - 2 * margin), margin, footerY, SKTextAlign.Left, footer, isFallback ? warning : grey);

        var contentTop = y + margin * 0.9f;
        var contentBottom = footerY - footer.Size - margin * 0.6f;
        var photoRect = DrawPhotoPanel(canvas, photo, photoName, isFallback, lang, size,
            new SKRect(margin, contentTop, w * 0.43f, contentBottom));
        var bars = DrawBars(canvas, result, classCount, isFallback, lang, size,
            new SKRect(w * 0.47f, contentTop, w - margin, contentBottom));
        return new CnnInferenceLayout(photoRect, bars);
    }

    /// <summary>The photo fitted into the panel (aspect kept), a caption under it, and the network's crop window or the mean colour.</summary>
    private static SKRect DrawPhotoPanel(SKCanvas canvas, RgbImage photo, string photoName, bool isFallback, Lang lang, FigureSize size, SKRect panel)
    {
        using var caption = Font(bold: false, FigureTheme.Tick(size));
        var captionBlock = caption.Size * 3.2f;
        var box = new SKRect(panel.Left, panel.Top, panel.Right, panel.Bottom - captionBlock);
        var scale = Math.Min(box.Width / photo.Width, box.Height / photo.Height);
        var drawW = photo.Width * scale;
        var drawH = photo.Height * scale;
        var rect = SKRect.Create(box.Left + (box.Width - drawW) / 2, box.Top + (box.Height - drawH) / 2, drawW, drawH);

        using (var image = PhotoImage(photo))
        {
            canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        using var frame = Stroke(new SKColor(0x99, 0x99, 0x99), Math.Max(1f, size.Height / 600f));
        canvas.DrawRect(rect, frame);

        using var ink = Paint(new SKColor(0x33, 0x33, 0x33));
        var line1 = rect.Bottom + caption.Size * 1.4f;
        canvas.DrawText(Fit($"{photoName}  ·  {photo.Shape}", caption, panel.Width), rect.MidX, line1, SKTextAlign.Center, caption, ink);
        var line2 = line1 + caption.Size * 1.45f;

        if (isFallback)
        {
            var (r, g, b) = ColorFallbackClassifier.MeanColor(photo);
            var text = CnnInferenceTexts.MeanColour((int)Math.Round(r), (int)Math.Round(g), (int)Math.Round(b)).For(lang);
            DrawKeyedCaption(canvas, caption, ink, rect.MidX, line2, text, (c, key) =>
            {
                using var fill = Paint(new SKColor((byte)Math.Round(r), (byte)Math.Round(g), (byte)Math.Round(b)));
                c.DrawRect(key, fill);
                c.DrawRect(key, frame);
            });
        }
        else
        {
            var (cx, cy, cw, ch) = ImageNetPreprocessing.CropWindowInPhoto(photo.Width, photo.Height);
            var crop = SKRect.Create(rect.Left + (float)cx * scale, rect.Top + (float)cy * scale, (float)cw * scale, (float)ch * scale);
            var width = Math.Max(2f, size.Height / 300f);
            using var halo = Stroke(SKColors.White, width * 2.2f);
            using var dash = SKPathEffect.CreateDash([width * 4, width * 2.5f], 0); // the paint does not own it
            using var dashed = Stroke(ToSk(LessonColors.Orange), width);
            dashed.PathEffect = dash;
            canvas.DrawRect(crop, halo);
            canvas.DrawRect(crop, dashed);
            DrawKeyedCaption(canvas, caption, ink, rect.MidX, line2, CnnInferenceTexts.NetworkView.For(lang), (c, key) =>
            {
                var mid = key.MidY;
                c.DrawLine(key.Left, mid, key.Right, mid, dashed);
            });
        }
        return rect;
    }

    /// <summary>A caption line centred at <paramref name="centerX"/> with a small key (swatch or line sample) drawn before the text.</summary>
    private static void DrawKeyedCaption(SKCanvas canvas, SKFont font, SKPaint ink, float centerX, float baseline, string text, Action<SKCanvas, SKRect> drawKey)
    {
        var keyW = font.Size * 1.6f;
        var gap = font.Size * 0.5f;
        var total = keyW + gap + font.MeasureText(text);
        var left = centerX - total / 2;
        drawKey(canvas, SKRect.Create(left, baseline - font.Size * 0.8f, keyW, font.Size * 0.85f));
        canvas.DrawText(text, left + keyW + gap, baseline, SKTextAlign.Left, font, ink);
    }

    /// <summary>The top-k bars; returns each bar's filled rectangle.</summary>
    private static IReadOnlyList<SKRect> DrawBars(SKCanvas canvas, ClassificationResult result, int classCount, bool isFallback, Lang lang, FigureSize size, SKRect panel)
    {
        var k = result.Top.Count;
        using var heading = Font(bold: true, FigureTheme.Label(size));
        using var ink = Paint(new SKColor(0x22, 0x22, 0x22));
        using var grey = Paint(new SKColor(0x66, 0x66, 0x66));
        var headingText = (isFallback ? CnnInferenceTexts.TopColoursHeading(k, classCount) : CnnInferenceTexts.TopHeading(k, classCount)).For(lang);
        var baseline = panel.Top + heading.Size * 0.85f;
        canvas.DrawText(headingText, panel.Left, baseline, SKTextAlign.Left, heading, ink);
        using (var sumFont = Font(bold: false, FigureTheme.Tick(size)))
        {
            var sum = CnnInferenceTexts.TopSum(NumberText.Percent(result.Top.Sum(p => p.Probability), lang)).For(lang);
            canvas.DrawText(sum, panel.Right, baseline, SKTextAlign.Right, sumFont, grey);
        }

        var rowsTop = baseline + heading.Size * 0.8f;
        var rowH = Math.Min((panel.Bottom - rowsTop) / k, size.Height * 0.12f);
        // A Ukrainian figure of an ImageNet model names the classes in Ukrainian; the English name goes beside the index, smaller.
        var ukrainian = !isFallback && lang == Lang.Uk && classCount == ImageNetLabels.ClassCount;
        var names = result.Top.Select(p => isFallback ? CnnInferenceTexts.ColourName(p.Label, lang)
            : ukrainian ? UkrainianClassNames.For(p.Index) ?? p.Label : p.Label).ToArray();
        // Long ImageNet names ("American Staffordshire terrier") first shrink the text by up to 20 %, then get "…".
        var maxLabelWidth = panel.Width * 0.45f;
        // Rows tall enough get the class index under the name; tight rows (top 10+) use the height for larger names.
        var showIndex = !isFallback && rowH >= size.Height * 0.06f;
        var labelSize = Math.Min(FigureTheme.Label(size), rowH * (showIndex ? 0.42f : 0.6f));
        using (var probe = Font(bold: true, labelSize))
        {
            var widest = names.Max(n => probe.MeasureText(n));
            labelSize *= Math.Clamp(maxLabelWidth / widest, 0.8f, 1f);
        }
        using var label = Font(bold: false, labelSize);
        using var labelBold = Font(bold: true, labelSize);
        using var indexFont = Font(bold: false, labelSize * 0.62f);
        var labelWidth = Math.Min(names.Max(n => labelBold.MeasureText(n)), maxLabelWidth);
        var percentWidth = labelBold.MeasureText(NumberText.Percent(1, lang));
        var gap = labelSize * 0.6f;
        var trackLeft = panel.Left + labelWidth + gap;
        var trackRight = panel.Right - percentWidth - gap;
        var barH = Math.Min(rowH * 0.55f, labelSize * 1.5f);

        using var track = Paint(new SKColor(0xEC, 0xEC, 0xEC));
        using var outline = Stroke(new SKColor(0x44, 0x44, 0x44), Math.Max(1.5f, size.Height / 500f));
        var fills = new List<SKRect>();
        for (var i = 0; i < k; i++)
        {
            var prediction = result.Top[i];
            var centerY = rowsTop + (i + 0.5f) * rowH;
            var font = i == 0 ? labelBold : label;
            var textBaseline = showIndex ? centerY : centerY + labelSize * 0.35f;
            canvas.DrawText(Fit(names[i], font, labelWidth), panel.Left + labelWidth, textBaseline, SKTextAlign.Right, font, ink);
            if (showIndex)
            {
                var index = ukrainian ? Fit($"{prediction.Label} · #{prediction.Index}", indexFont, labelWidth) : $"#{prediction.Index}";
                canvas.DrawText(index, panel.Left + labelWidth, centerY + indexFont.Size * 1.25f, SKTextAlign.Right, indexFont, grey);
            }

            var trackRect = new SKRect(trackLeft, centerY - barH / 2, trackRight, centerY + barH / 2);
            var radius = barH * 0.18f;
            canvas.DrawRoundRect(trackRect, radius, radius, track);
            var fill = new SKRect(trackLeft, trackRect.Top, trackLeft + (float)(prediction.Probability * (trackRight - trackLeft)), trackRect.Bottom);
            using var fillPaint = Paint(BarColor(prediction, i, isFallback));
            if (fill.Width > 0.5f)
            {
                canvas.DrawRoundRect(fill, Math.Min(radius, fill.Width / 2), Math.Min(radius, fill.Width / 2), fillPaint);
                if (isFallback)
                {
                    // Colour bars can be white or pale yellow: an outline keeps them visible on the track.
                    canvas.DrawRoundRect(fill, Math.Min(radius, fill.Width / 2), Math.Min(radius, fill.Width / 2), outline);
                }
            }
            fills.Add(fill);
            canvas.DrawText(NumberText.Percent(prediction.Probability, lang), panel.Right, centerY + labelSize * 0.35f, SKTextAlign.Right, font, ink);
        }
        return fills;
    }

    /// <summary>CNN: the top-1 bar in blue, the rest in sky blue. Fallback: each bar in its own colour class.</summary>
    private static SKColor BarColor(Prediction prediction, int rank, bool isFallback)
    {
        if (isFallback && prediction.Index < ColorFallbackClassifier.Classes.Count)
        {
            var c = ColorFallbackClassifier.Classes[prediction.Index];
            return new SKColor(c.R, c.G, c.B);
        }
        return ToSk(rank == 0 ? LessonColors.Blue : LessonColors.SkyBlue);
    }

    /// <summary>The RGB photo as an opaque Skia image.</summary>
    private static SKImage PhotoImage(RgbImage photo)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(photo.Width, photo.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var rgba = bitmap.GetPixelSpan();
        var rgb = photo.Pixels;
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            rgba[j] = rgb[i];
            rgba[j + 1] = rgb[i + 1];
            rgba[j + 2] = rgb[i + 2];
            rgba[j + 3] = 255;
        }
        return SKImage.FromBitmap(bitmap);
    }

    /// <summary>Shortens <paramref name="text"/> with "…" until it fits <paramref name="maxWidth"/> pixels.</summary>
    private static string Fit(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1 && font.MeasureText(text[..length].TrimEnd() + "…") > maxWidth)
        {
            length--;
        }
        return text[..length].TrimEnd() + "…";
    }

    private static SKFont Font(bool bold, float size) => new(EmbeddedFonts.Typeface(bold), size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static SKPaint Paint(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(SKColor color, float width) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };

    private static SKColor ToSk(ScottPlot.Color color) => new(color.R, color.G, color.B, color.A);
}
