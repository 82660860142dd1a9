namespace NnLesson.Figures.Slide6;

/// <summary>
/// Slide 6: the photo on the left, the classifier's top-k as horizontal bars on the right (class name, probability
/// bar on a fixed 0–100 % scale, percentage), the model named under the title and the pipeline in the footer.
/// For a CNN the photo shows, dashed, the centre 224×224 window the network actually sees; for the colour fallback
/// it shows the mean colour, and bars are painted in their colour class. Drawn on the shared <see cref="SlideCanvas"/>
/// in its 1600×900 design pixels; everything it shows comes computed in <see cref="CnnInferenceData"/>.
/// </summary>
public static class CnnInferenceFigure
{
    public const string FallbackFile = "slide6_fallback.png";

    /// <summary>"slide6_&lt;model&gt;.png" (e.g. slide6_mobilenetv2-12-int8.png) or "slide6_fallback.png".</summary>
    public static string FileName(ClassifierKind kind, string model) => kind == ClassifierKind.Fallback ? FallbackFile : $"slide6_{model}.png";

    /// <summary>Dark vermillion: the fallback's warnings, readable on white.</summary>
    private static readonly SKColor Warning = SKColor.Parse("#B34700");

    private const float Margin = 40, ContentTop = 125, ContentBottom = 827, FooterBaseline = 872;

    public static SavedFigure Save(CnnInferenceData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.Save(size, path, c => Draw(c, data, lang), photographic: true);

    /// <summary>Paints the figure and returns where the photo and the bars went, in real pixels (tests sample pixels there).</summary>
    public static CnnInferenceLayout Draw(SlideCanvas c, CnnInferenceData data, Lang lang)
    {
        var isFallback = data.Kind == ClassifierKind.Fallback;
        var title = isFallback ? CnnInferenceTexts.FallbackTitle : CnnInferenceTexts.Title;
        var modelLine = data.Kind switch
        {
            ClassifierKind.Fallback => CnnInferenceTexts.FallbackLine,
            ClassifierKind.Head => CnnInferenceTexts.HeadModelLine(data.Model, data.ClassCount),
            _ => CnnInferenceTexts.ModelLine(data.Model),
        };
        c.Heading(title.For(lang), modelLine.For(lang), isFallback ? Warning : null);

        var footer = data.Kind switch
        {
            ClassifierKind.Fallback => CnnInferenceTexts.FallbackFooter,
            ClassifierKind.Head => CnnInferenceTexts.HeadFooter,
            _ => CnnInferenceTexts.ModelFooter,
        };
        c.Text(c.Ellipsize(footer.For(lang), c.S(SlideCanvas.DesignWidth - 2 * Margin), 20), c.X(SlideCanvas.DesignWidth / 2), c.Y(FooterBaseline), 20,
            isFallback ? Warning : SlideCanvas.Muted, align: SKTextAlign.Center);

        var photo = DrawPhotoPanel(c, data, lang, Margin, 688);
        var bars = DrawBars(c, data, lang, 752, SlideCanvas.DesignWidth - Margin);
        return new CnnInferenceLayout(photo, bars);
    }

    /// <summary>The photo fitted between design x <paramref name="left"/> and <paramref name="right"/>, a caption under it, and the network's window or the mean colour.</summary>
    private static SKRect DrawPhotoPanel(SlideCanvas c, CnnInferenceData data, Lang lang, float left, float right)
    {
        const float caption = 22.5f;
        var box = c.Box(left, ContentTop, right - left, ContentBottom - ContentTop - caption * 3.2f);
        var rect = SlideCanvas.Fit(box, data.Photo.Width, data.Photo.Height);
        c.Image(data.Photo, rect);
        c.Rect(rect, null, new SKColor(0x99, 0x99, 0x99), 1.5f);

        var ink = new SKColor(0x33, 0x33, 0x33);
        var line1 = rect.Bottom + c.S(caption * 1.4f);
        c.Text(c.Ellipsize($"{data.PhotoName}  ·  {data.Photo.Shape}", c.S(right - left), caption), rect.MidX, line1, caption, ink, align: SKTextAlign.Center);
        var line2 = line1 + c.S(caption * 1.45f);
        if (data.MeanColour is { } mean)
        {
            var text = CnnInferenceTexts.MeanColour(mean.R, mean.G, mean.B).For(lang);
            KeyedCaption(c, rect.MidX, line2, caption, text, ink, key =>
                c.Rect(key, new SKColor(mean.R, mean.G, mean.B), new SKColor(0x99, 0x99, 0x99), 1.5f));
        }
        if (data.NetworkWindow is { } window)
        {
            var scale = rect.Width / data.Photo.Width;
            var crop = SKRect.Create(rect.Left + (float)window.X * scale, rect.Top + (float)window.Y * scale, (float)window.Width * scale, (float)window.Height * scale);
            var orange = LessonColors.Orange.ToSKColor();
            c.Rect(crop, null, SKColors.White, 6.6f); // a white halo keeps the dashes visible on any photo
            c.Rect(crop, null, orange, 3, dashed: true);
            KeyedCaption(c, rect.MidX, line2, caption, CnnInferenceTexts.NetworkView.For(lang), ink, key =>
                c.Line(key.Left, key.MidY, key.Right, key.MidY, orange, 3, dashed: true));
        }
        return rect;
    }

    /// <summary>A caption line centred at <paramref name="centerX"/> with a small key (swatch or line sample) drawn before the text.</summary>
    private static void KeyedCaption(SlideCanvas c, float centerX, float baseline, float designSize, string text, SKColor ink, Action<SKRect> drawKey)
    {
        var keyWidth = c.S(designSize * 1.6f);
        var gap = c.S(designSize * 0.5f);
        var left = centerX - (keyWidth + gap + c.TextWidth(text, designSize)) / 2;
        drawKey(SKRect.Create(left, baseline - c.S(designSize * 0.8f), keyWidth, c.S(designSize * 0.85f)));
        c.Text(text, left + keyWidth + gap, baseline, designSize, ink);
    }

    /// <summary>The top-k bars between design x <paramref name="left"/> and <paramref name="right"/>; returns each bar's filled rectangle.</summary>
    private static IReadOnlyList<SKRect> DrawBars(SlideCanvas c, CnnInferenceData data, Lang lang, float left, float right)
    {
        var isFallback = data.Kind == ClassifierKind.Fallback;
        var k = data.Top.Count;
        var ink = new SKColor(0x22, 0x22, 0x22);
        var grey = new SKColor(0x66, 0x66, 0x66);
        float Width(string text, float designSize, bool bold = false) => c.TextWidth(text, designSize, bold) / c.Scale; // design pixels

        const float heading = 28.8f;
        var headingText = (isFallback ? CnnInferenceTexts.TopColoursHeading(k, data.ClassCount) : CnnInferenceTexts.TopHeading(k, data.ClassCount)).For(lang);
        var baseline = ContentTop + heading * 0.85f;
        c.Text(headingText, c.X(left), c.Y(baseline), heading, ink, bold: true);
        c.Text(CnnInferenceTexts.TopSum(NumberText.Percent(data.TopSum, lang)).For(lang), c.X(right), c.Y(baseline), 22.5f, grey, align: SKTextAlign.Right);

        var rowsTop = baseline + heading * 0.8f;
        var rowHeight = Math.Min((ContentBottom - rowsTop) / k, 108);
        // A Ukrainian figure of an ImageNet model names the classes in Ukrainian; the English name goes beside the index, smaller.
        var englishBeside = data.ImageNetNames && lang == Lang.Uk;
        var names = data.Top.Select(bar => bar.Name.For(lang)).ToArray();
        // Long ImageNet names ("American Staffordshire terrier") first shrink the text by up to 20 %, then get "…".
        var maxLabelWidth = (right - left) * 0.45f;
        // Rows tall enough get the class index under the name; tight rows (top 10+) use the height for larger names.
        var showIndex = !isFallback && rowHeight >= 54;
        var labelSize = Math.Min(heading, rowHeight * (showIndex ? 0.42f : 0.6f));
        labelSize *= Math.Clamp(maxLabelWidth / names.Max(n => Width(n, labelSize, bold: true)), 0.8f, 1f);
        var indexSize = labelSize * 0.62f;
        var labelWidth = Math.Min(names.Max(n => Width(n, labelSize, bold: true)), maxLabelWidth);
        var gap = labelSize * 0.6f;
        var trackLeft = left + labelWidth + gap;
        var trackRight = right - Width(NumberText.Percent(1, lang), labelSize, bold: true) - gap;
        var barHeight = Math.Min(rowHeight * 0.55f, labelSize * 1.5f);

        var fills = new List<SKRect>();
        for (var i = 0; i < k; i++)
        {
            var bar = data.Top[i];
            var centerY = rowsTop + (i + 0.5f) * rowHeight;
            var bold = i == 0;
            var textBaseline = showIndex ? centerY : centerY + labelSize * 0.35f;
            c.Text(c.Ellipsize(names[i], c.S(labelWidth), labelSize, bold), c.X(left + labelWidth), c.Y(textBaseline), labelSize, ink, bold, SKTextAlign.Right);
            if (showIndex)
            {
                var index = englishBeside ? c.Ellipsize($"{bar.Label} · #{bar.Index}", c.S(labelWidth), indexSize) : $"#{bar.Index}";
                c.Text(index, c.X(left + labelWidth), c.Y(centerY + indexSize * 1.25f), indexSize, grey, align: SKTextAlign.Right);
            }

            var radius = barHeight * 0.18f;
            c.Rect(c.Box(trackLeft, centerY - barHeight / 2, trackRight - trackLeft, barHeight), new SKColor(0xEC, 0xEC, 0xEC), null, designRadius: radius);
            var fill = c.Box(trackLeft, centerY - barHeight / 2, (float)(bar.Probability * (trackRight - trackLeft)), barHeight);
            if (fill.Width > 0.5f)
            {
                var fillRadius = Math.Min(radius, fill.Width / c.Scale / 2);
                // Colour bars can be white or pale yellow: an outline keeps them visible on the track.
                c.Rect(fill, BarColour(bar, i), isFallback ? new SKColor(0x44, 0x44, 0x44) : null, 1.8f, fillRadius);
            }
            fills.Add(fill);
            c.Text(NumberText.Percent(bar.Probability, lang), c.X(right), c.Y(centerY + labelSize * 0.35f), labelSize, ink, bold, SKTextAlign.Right);
        }
        return fills;
    }

    /// <summary>CNN: the top-1 bar in blue, the rest in sky blue. Fallback: each bar in its own colour class.</summary>
    private static SKColor BarColour(ClassBar bar, int rank) =>
        bar.Colour is { } colour ? new SKColor(colour.R, colour.G, colour.B) : (rank == 0 ? LessonColors.Blue : LessonColors.SkyBlue).ToSKColor();
}
