using NnLesson.Figures.Slide8;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_convolution.png: the input brightness map with the chosen 3×3 patch boxed, the patch and the kernel with
/// their numbers, the nine products and their sum (= the output value), and the whole output map beside it.
/// </summary>
public static class ConvolutionFigure
{
    public const string FileName = "slide7_convolution.png";

    public static SavedFigure Save(ConvolutionByHandData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.SaveOnGrid(size, path, c => Draw(c, data, lang));

    private static void Draw(SlideCanvas c, ConvolutionByHandData d, Lang lang)
    {
        c.Heading(Slide7Texts.ConvTitle.For(lang), Slide7Texts.ConvSubtitle(d.PhotoName).For(lang), wrapSubtitle: true);
        var accent = LessonColors.Vermillion.ToSKColor();

        // Input map (grey) and output map (diverging), 430 px squares, with the patch boxed in both.
        var input = c.Box(40, 150, 430, 430);
        c.Heatmap(d.Input, d.Size, d.Size, v => Grey(v), input);
        c.Rect(input, null, SlideCanvas.Frame, 1);
        var output = c.Box(1130, 150, 430, 430);
        // Colour limit: the largest |y| inside the image; the zero padding makes the outermost columns jump.
        var limit = Interior(d.Output, d.Size).Max(MathF.Abs);
        c.Heatmap(d.Output, d.Size, d.Size, v => MapColors.Diverging(v, limit), output);
        c.Rect(output, null, SlideCanvas.Frame, 1);
        foreach (var map in new[] { input, output })
        {
            var cell = map.Width / d.Size;
            var box = SKRect.Create(map.Left + (d.Col - 1) * cell, map.Top + (d.Row - 1) * cell, 3 * cell, 3 * cell);
            box.Inflate(c.S(7), c.S(7)); // 3 pixels of 224 are ~6 px on screen: draw the frame around them
            c.Rect(box, null, accent, 3.5f);
        }
        c.Text(Slide7Texts.ConvInput(d.Size).For(lang), input.MidX, input.Bottom + c.S(32), 21, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Text(Slide7Texts.ConvOutput(d.Size).For(lang), output.MidX, output.Bottom + c.S(32), 21, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        c.Text(Slide7Texts.ConvPadding.For(lang), output.MidX, output.Bottom + c.S(60), 17, SlideCanvas.Muted, align: SKTextAlign.Center);
        c.Text(Slide7Texts.ConvColours.For(lang), output.MidX, output.Bottom + c.S(86), 17, SlideCanvas.Muted, align: SKTextAlign.Center);

        // The patch ⊙ the kernel, as two 3×3 number grids.
        Grid(c, c.Box(520, 185, 255, 255), d.Patch, lang, Slide7Texts.Patch.For(lang), v => Grey(v), SlideCanvas.Ink);
        c.Text("⊙", c.S(800), c.S(330), 44, SlideCanvas.Ink, bold: true, align: SKTextAlign.Center);
        Grid(c, c.Box(825, 185, 255, 255), d.Kernel, lang, Slide7Texts.Kernel.For(lang),
            v => MapColors.Diverging(v, 2.5f), SlideCanvas.Ink);

        // The nine products, three per line, then the sum.
        c.Text(Slide7Texts.Products.For(lang), c.S(520), c.S(505), 19, SlideCanvas.Muted);
        var y = c.S(540);
        for (var row = 0; row < 3; row++)
        {
            var terms = Enumerable.Range(0, 3).Select(col =>
            {
                var i = row * 3 + col;
                var w = NumberText.Fixed(d.Kernel[i], 0, lang);
                return $"{(d.Kernel[i] < 0 ? $"({w})" : w)}·{NumberText.Fixed(d.Patch[i], 2, lang)}";
            });
            c.Text((row == 0 ? "  " : "+ ") + string.Join(" + ", terms), c.S(520), y, 20, SlideCanvas.Ink);
            y += c.S(32);
        }
        c.Text($"= {NumberText.Fixed(d.Value, 3, lang)}   → y[{d.Row}, {d.Col}]", c.S(520), y + c.S(6), 24, accent, bold: true);
        c.Arrow(c.S(1085), c.S(1122), c.S(365), LessonColors.Grey.ToSKColor(), 5);
        c.Arrow(c.S(478), c.S(512), c.S(365), LessonColors.Grey.ToSKColor(), 5);

        c.Wrapped(Slide7Texts.ConvNote.For(lang), c.S(800), c.S(790), c.S(1400), 20, SlideCanvas.Ink, align: SKTextAlign.Center);
    }

    private static void Grid(SlideCanvas c, SKRect area, float[] values, Lang lang, string caption, Func<float, SKColor> fill, SKColor ink)
    {
        var cell = area.Width / 3;
        for (var i = 0; i < 9; i++)
        {
            var rect = SKRect.Create(area.Left + i % 3 * cell, area.Top + i / 3 * cell, cell, cell);
            var color = fill(values[i]);
            c.Rect(rect, color, SlideCanvas.Frame, 1);
            var light = color.Red * 0.299 + color.Green * 0.587 + color.Blue * 0.114 > 140;
            c.Text(NumberText.Fixed(values[i], Math.Abs(values[i] - MathF.Round(values[i])) < 1e-6 ? 0 : 2, lang),
                rect.MidX, rect.MidY + c.S(9), 24, light ? ink : SKColors.White, bold: true, align: SKTextAlign.Center);
        }
        c.Text(caption, area.MidX, area.Top - c.S(14), 19, SlideCanvas.Muted, align: SKTextAlign.Center);
    }

    private static IEnumerable<float> Interior(float[] map, int size) =>
        Enumerable.Range(1, size - 2).SelectMany(y => Enumerable.Range(1, size - 2).Select(x => map[y * size + x]));

    private static SKColor Grey(float v)
    {
        var b = (byte)Math.Clamp(MathF.Round(v * 255), 0, 255);
        return new SKColor(b, b, b);
    }
}
