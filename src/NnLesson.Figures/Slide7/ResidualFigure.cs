using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_residual.png: x → F(x) → x + F(x) → ReLU for one channel of a real residual block, each map on its own
/// diverging scale ±max|v| of that map (white = 0; a colour bar and the min … max under each), with the shortcut drawn
/// as an arc from x to the sum. One shared scale would leave the small x nearly white beside the large sum.
/// </summary>
public static class ResidualFigure
{
    public const string FileName = "slide7_residual.png";

    public static SavedFigure Save(ResidualData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, ResidualData d, Lang lang)
    {
        c.Heading(Slide7Texts.ResidualTitle.For(lang),
            Slide7Texts.ResidualSubtitle(d.Stage, d.BlockIndex, d.Channel, d.Channels, d.Height, d.Width).For(lang), wrapSubtitle: true);
        var maps = new[] { d.X, d.Branch, d.Sum, d.Output };
        var captions = new[] { Slide7Texts.ResidualX, Slide7Texts.ResidualF, Slide7Texts.ResidualSum, Slide7Texts.ResidualOut };
        const float side = 300, gap = 80;
        var rects = new SKRect[4];
        for (var i = 0; i < 4; i++)
        {
            rects[i] = c.Box(90 + i * (side + gap), 240, side, side);
            var limit = MapColors.SymmetricLimit(maps[i]);
            c.Heatmap(maps[i], d.Width, d.Height, v => MapColors.Diverging(v, limit), rects[i]);
            c.Rect(rects[i], null, SlideCanvas.Frame, 1);
            c.Text(captions[i].For(lang), rects[i].MidX, rects[i].Bottom + c.S(36), 23, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
            var (min, max) = (maps[i].Min(), maps[i].Max());
            c.Text($"{NumberText.Fixed(min, 2, lang)} … {NumberText.Fixed(max, 2, lang)}", rects[i].MidX, rects[i].Bottom + c.S(64), 18, SlideCanvas.Muted, align: SKTextAlign.Center);
            // This map's own scale: −max|v| … 0 … +max|v|.
            var bar = SKRect.Create(rects[i].Left + c.S(50), rects[i].Bottom + c.S(82), rects[i].Width - c.S(100), c.S(14));
            c.ColorBar(bar, t => MapColors.Diverging((2 * t - 1) * limit, limit));
            c.Text(NumberText.Fixed(-limit, 1, lang), bar.Left - c.S(6), bar.Bottom, 16, SlideCanvas.Muted, align: SKTextAlign.Right);
            c.Text(NumberText.Fixed(limit, 1, lang), bar.Right + c.S(6), bar.Bottom, 16, SlideCanvas.Muted);
        }
        var grey = LessonColors.Grey.ToSKColor();
        c.Arrow(rects[0].Right + c.S(8), rects[1].Left - c.S(8), rects[0].MidY, grey, 5);
        c.Text("F", (rects[0].Right + rects[1].Left) / 2, rects[0].MidY - c.S(16), 22, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Arrow(rects[1].Right + c.S(8), rects[2].Left - c.S(8), rects[0].MidY, grey, 5);
        c.Text("+", (rects[1].Right + rects[2].Left) / 2, rects[0].MidY - c.S(16), 30, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Arrow(rects[2].Right + c.S(8), rects[3].Left - c.S(8), rects[0].MidY, grey, 5);
        c.Text("ReLU", (rects[2].Right + rects[3].Left) / 2, rects[0].MidY - c.S(16), 17, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);

        // The shortcut: an arc over the branch from x to the sum.
        using (var paint = new SKPaint { Color = LessonColors.Vermillion.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = c.S(5) })
        using (var path = new SKPath())
        {
            path.MoveTo(rects[0].MidX, rects[0].Top - c.S(8));
            path.CubicTo(rects[0].MidX, c.S(150), rects[2].MidX, c.S(150), rects[2].MidX, rects[2].Top - c.S(18));
            c.Canvas.DrawPath(path, paint);
            paint.Style = SKPaintStyle.Fill;
            using var head = new SKPath();
            head.MoveTo(rects[2].MidX, rects[2].Top - c.S(4));
            head.LineTo(rects[2].MidX - c.S(11), rects[2].Top - c.S(22));
            head.LineTo(rects[2].MidX + c.S(11), rects[2].Top - c.S(22));
            head.Close();
            c.Canvas.DrawPath(head, paint);
        }
        c.Text(Slide7Texts.Shortcut.For(lang), (rects[0].MidX + rects[2].MidX) / 2, c.S(160), 19,
            LessonColors.Vermillion.ToSKColor(), bold: true, align: SKTextAlign.Center);

        var y = c.Wrapped(Slide7Texts.ResidualScale.For(lang), c.S(800), c.S(700), c.S(1450), 19, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Wrapped(Slide7Texts.ResidualNote(d.BranchOperators, d.BranchToInputRatio, d.Channels, d.Height, d.Width).For(lang),
            c.S(800), y + c.S(36), c.S(1450), 20, SlideCanvas.Ink, align: SKTextAlign.Center);
    }
}
